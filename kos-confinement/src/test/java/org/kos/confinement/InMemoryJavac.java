package org.kos.confinement;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles Java sources in memory, with line numbers, against the test class path. */
final class InMemoryJavac {
  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
  /** One for every compilation: opening the platform's classes is most of a small compilation's cost. */
  private static final StandardJavaFileManager STANDARD = JAVAC.getStandardFileManager(null, null, null);

  private InMemoryJavac() {}

  /**
   * The kernel's entry point, outside the program and the API, as a program might be compiled
   * against it: a stand-in, so that the tests need only the API on their class path.
   */
  static final Map<String, String> KERNEL = Map.of("org/kos/kernel/Kernel.java",
      "package org.kos.kernel;\npublic final class Kernel {\n  public static Kernel current() {\n    return null;\n  }\n}\n");

  /** Sources by path ({@code app/Main.java}) to class files by jar entry name ({@code app/Main.class}). */
  static Map<String, byte[]> compile(Map<String, String> sources) {
    return compile(sources, Map.of());
  }

  /** As {@link #compile(Map)}, with {@code libraries} compiled alongside but left out of the result. */
  static synchronized Map<String, byte[]> compile(Map<String, String> sources, Map<String, String> libraries) {
    List<JavaFileObject> units = new ArrayList<>();
    Map<String, String> all = new TreeMap<>(sources);
    all.putAll(libraries);
    all.forEach((path, text) -> units.add(new SimpleJavaFileObject(URI.create("string:///" + path),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    }));
    Map<String, byte[]> out = new TreeMap<>();
    JavaFileManager files = new ForwardingJavaFileManager<>(STANDARD) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
          FileObject sibling) {
        String entry = className.replace('.', '/') + ".class";
        return new SimpleJavaFileObject(URI.create("mem:///" + entry), kind) {
          @Override
          public OutputStream openOutputStream() {
            return new ByteArrayOutputStream() {
              @Override
              public void close() {
                out.put(entry, toByteArray());
              }
            };
          }
        };
      }
    };
    StringWriter messages = new StringWriter();
    List<String> options = List.of("-g", "-nowarn", "-Xlint:none", "-proc:none",
        "-classpath", System.getProperty("java.class.path"));
    if (!JAVAC.getTask(messages, files, null, options, null, units).call()) {
      throw new AssertionError("javac failed:\n" + messages);
    }
    out.keySet().removeIf(entry -> libraries.containsKey(entry.replaceAll("\\$.*|\\.class$", "") + ".java"));
    return out;
  }
}
