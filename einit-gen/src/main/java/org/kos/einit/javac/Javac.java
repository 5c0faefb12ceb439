package org.kos.einit.javac;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.ForwardingJavaFileObject;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * The platform's Java compiler, in this JVM: sources given as text or files, class files kept in
 * memory. Options always include {@code --release 17} and UTF-8 sources, and by default
 * {@code -Xlint:all -Werror} (generated code compiles clean, and programs of a solution are held
 * to the same unless their solution.yaml says otherwise).
 */
public final class Javac {
  /** A source held in memory; {@code path} is '/'-separated, e.g. {@code einit/Einit.java}. */
  public record Source(String path, String content) {}

  /** The classes by binary name ({@code a.b.C$D}), or the compiler's messages when it failed. */
  public record Result(boolean ok, Map<String, byte[]> classes, String messages) {}

  private final JavaCompiler compiler;

  public Javac() {
    compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("no Java compiler in this runtime: run kos on a JDK, not a JRE");
    }
  }

  /**
   * Compiles {@code sources} and {@code files} together against {@code classpath}.
   *
   * @throws IOException when a source file cannot be read
   */
  public Result compile(List<Source> sources, List<Path> files, List<Path> classpath) throws IOException {
    return compile(sources, files, classpath, DEFAULT_OPTIONS, null);
  }

  /** The options every compilation has unless told otherwise. */
  public static final List<String> DEFAULT_OPTIONS = List.of("-Xlint:all", "-Werror");

  /**
   * As {@link #compile(List, List, List)} with {@code options} (checked by the caller) in place of
   * {@link #DEFAULT_OPTIONS}.
   */
  public Result compile(List<Source> sources, List<Path> files, List<Path> classpath, List<String> extra)
      throws IOException {
    return compile(sources, files, classpath, extra, null);
  }

  /**
   * As {@link #compile(List, List, List)}, adding to {@code read} (when not null) the binary name
   * of every class path class javac read: what the result depends on, inlined constants included.
   */
  public Result compile(List<Source> sources, List<Path> files, List<Path> classpath, Set<String> read)
      throws IOException {
    return compile(sources, files, classpath, DEFAULT_OPTIONS, read);
  }

  /** As {@link #compile(List, List, List, List)}, recording what was read as {@link #compile(List, List, List, Set)}. */
  public Result compile(List<Source> sources, List<Path> files, List<Path> classpath, List<String> extra,
      Set<String> read)
      throws IOException {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
    Map<String, byte[]> classes = new TreeMap<>();
    List<JavaFileObject> units = new ArrayList<>();
    for (Source s : sources) {
      units.add(new TextSource(s));
    }
    for (JavaFileObject f : standard.getJavaFileObjectsFromPaths(files)) {
      units.add(f);
    }
    List<String> options = new ArrayList<>(extra);
    options.addAll(List.of("--release", "17", "-encoding", "UTF-8", "-implicit:none", "-proc:none"));
    if (!classpath.isEmpty()) {
      StringBuilder cp = new StringBuilder();
      for (Path p : classpath) {
        cp.append(cp.length() == 0 ? "" : java.io.File.pathSeparator).append(p);
      }
      options.add("-classpath");
      options.add(cp.toString());
    }
    StringWriter out = new StringWriter();
    boolean ok;
    try (MemoryOutput fm = new MemoryOutput(standard, classes, read)) {
      ok = compiler.getTask(out, fm, diagnostics, options, null, units).call();
    }
    StringBuilder messages = new StringBuilder(out.toString());
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      messages.append(format(d)).append('\n');
    }
    return new Result(ok, ok ? classes : Map.of(), messages.toString());
  }

  /** {@code file:line:col: error: message}, the way javac prints, with the source's own name. */
  private static String format(Diagnostic<? extends JavaFileObject> d) {
    String where = d.getSource() == null ? "javac" : d.getSource().getName()
        + (d.getLineNumber() > 0 ? ":" + d.getLineNumber() + ":" + d.getColumnNumber() : "");
    return where + ": " + d.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ') + ": "
        + d.getMessage(Locale.ROOT);
  }

  private static final class TextSource extends SimpleJavaFileObject {
    private final Source source;

    TextSource(Source source) {
      super(URI.create("string:///" + source.path()), Kind.SOURCE);
      this.source = source;
    }

    @Override
    public String getName() {
      return source.path();
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return source.content();
    }
  }

  /** Keeps class output in the map instead of writing files. */
  private static final class MemoryOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Map<String, byte[]> classes;

    private final Set<String> read;

    MemoryOutput(StandardJavaFileManager fm, Map<String, byte[]> classes, Set<String> read) {
      super(fm);
      this.classes = classes;
      this.read = read;
    }

    @Override
    public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
        boolean recurse) throws IOException {
      Iterable<JavaFileObject> found = super.list(location, packageName, kinds, recurse);
      if (read == null || location != StandardLocation.CLASS_PATH) {
        return found;
      }
      List<JavaFileObject> wrapped = new ArrayList<>();
      for (JavaFileObject f : found) {
        wrapped.add(f.getKind() == JavaFileObject.Kind.CLASS ? new Recorded(f, super.inferBinaryName(location, f)) : f);
      }
      return wrapped;
    }

    @Override
    public String inferBinaryName(Location location, JavaFileObject file) {
      return super.inferBinaryName(location, file instanceof Recorded r ? r.unwrap() : file);
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
      return super.isSameFile(a instanceof Recorded r ? r.unwrap() : a, b instanceof Recorded r ? r.unwrap() : b);
    }

    /** A class path class that notes when javac reads it. */
    private final class Recorded extends ForwardingJavaFileObject<JavaFileObject> {
      private final String binaryName;

      Recorded(JavaFileObject f, String binaryName) {
        super(f);
        this.binaryName = binaryName;
      }

      JavaFileObject unwrap() {
        return fileObject;
      }

      @Override
      public InputStream openInputStream() throws IOException {
        synchronized (read) {
          read.add(binaryName);
        }
        return super.openInputStream();
      }
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
        FileObject sibling) throws IOException {
      if (location != StandardLocation.CLASS_OUTPUT || kind != JavaFileObject.Kind.CLASS) {
        return super.getJavaFileForOutput(location, className, kind, sibling);
      }
      return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
        @Override
        public OutputStream openOutputStream() {
          return new ByteArrayOutputStream() {
            @Override
            public void close() {
              classes.put(className, toByteArray());
            }
          };
        }
      };
    }
  }
}
