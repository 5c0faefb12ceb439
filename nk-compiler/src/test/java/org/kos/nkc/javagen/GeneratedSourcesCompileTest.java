package org.kos.nkc.javagen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated sources compile with {@code -Xlint:all -Werror}: every example of testdata/nk at once
 * (one javac run: each example has its own packages), and with a Java package prefix.
 */
class GeneratedSourcesCompileTest {
  private static List<Path> files(String... examples) {
    List<Path> files = new ArrayList<>();
    for (String e : examples) {
      files.addAll(Examples.files(e));
    }
    return files;
  }

  @Test
  void sourcesOfEveryExampleCompileWithoutWarnings() {
    List<Path> all = files("echo", "types", "example", "calc", "res", "test", "drone_controller");
    assertEquals(List.of(), InMemoryJavac.compile(Examples.generate(all, JavaOptions.DEFAULT)));
  }

  @Test
  void sourcesWithAJavaPackagePrefixCompileWithoutWarnings() {
    assertEquals(List.of(),
        InMemoryJavac.compile(Examples.generate(files("echo", "types"), new JavaOptions("com.acme.stubs"))));
  }

  @Test
  void anEntityWithMoreEndpointsThanAJavaMethodHasParametersCompiles(@org.junit.jupiter.api.io.TempDir Path dir)
      throws java.io.IOException {
    java.nio.file.Files.createDirectories(dir.resolve("app"));
    java.nio.file.Files.writeString(dir.resolve("app/Ping.idl"), "package app.Ping\ninterface {\n    Ping(in UInt32 v);\n}\n");
    StringBuilder edl = new StringBuilder("task class app.Big\n\nendpoints {\n");
    for (int i = 0; i < 300; i++) {
      edl.append("    e").append(i).append(" : app.Ping\n");
    }
    java.nio.file.Files.writeString(dir.resolve("app/Big.edl"), edl.append("}\n"));
    org.kos.nkc.CompileResult r = org.kos.nkc.NkCompiler.compile(org.kos.nkc.CompileRequest.of(
        List.of(dir.resolve("app/Big.edl"), dir.resolve("app/Ping.idl")), List.of(dir)));
    org.kos.nkc.model.Model m = r.model().orElseThrow();

    List<GeneratedFile> files = JavaGenerator.generate(m, org.kos.nkc.layout.Layout.of(m), JavaOptions.DEFAULT);

    assertEquals(List.of(), InMemoryJavac.compile(files));
    String entity = files.stream().filter(f -> f.path().endsWith("BigEntity.java")).findFirst().orElseThrow().content();
    org.junit.jupiter.api.Assertions.assertTrue(entity.contains("public Dispatcher(org.kos.nk.Dispatcher... endpoints)"));
  }
}
