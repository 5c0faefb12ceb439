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
}
