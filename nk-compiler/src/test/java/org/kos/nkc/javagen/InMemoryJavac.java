package org.kos.nkc.javagen;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Test helper: compiles generated sources in memory against the test class path; no files written. */
final class InMemoryJavac {
  private InMemoryJavac() {}

  /** Compiles with {@code -Xlint:all -Werror}; returns the diagnostics, empty when it compiled cleanly. */
  static List<String> compile(List<GeneratedFile> files) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> sources = new ArrayList<>();
    for (GeneratedFile f : files) {
      sources.add(new SimpleJavaFileObject(URI.create("string:///" + f.path()), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return f.content();
        }
      });
    }
    StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, null, null);
    JavaFileManager discardOutput = new ForwardingJavaFileManager<>(standard) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
          FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
          @Override
          public OutputStream openOutputStream() {
            return new ByteArrayOutputStream();
          }
        };
      }
    };
    List<String> options = List.of("-Xlint:all", "-Werror", "--release", "17",
        "-classpath", System.getProperty("java.class.path"));
    boolean ok = javac.getTask(null, discardOutput, diagnostics, options, null, sources).call();
    List<String> messages = diagnostics.getDiagnostics().stream().map(Object::toString).toList();
    if (!ok && messages.isEmpty()) {
      return List.of("javac failed without diagnostics");
    }
    return messages;
  }
}
