package org.kos.nkc.javagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedSourcesTest {
  @TempDir Path out;

  private static GeneratedFile file(String path, String content, String... sources) {
    TreeSet<Path> s = new TreeSet<>();
    for (String src : sources) {
      s.add(Path.of(src));
    }
    return new GeneratedFile(path, content, s);
  }

  @Test
  void writeCreatesEveryFileUnderTheOutputDirectory() throws IOException {
    List<GeneratedFile> written = GeneratedSources.write(out, List.of(file("a/B.java", "class B {}\n")));
    assertEquals(1, written.size());
    assertEquals("class B {}\n", Files.readString(out.resolve("a/B.java")));
  }

  @Test
  void writeLeavesAFileWithUnchangedContentUntouched() throws IOException {
    GeneratedFile f = file("a/B.java", "class B {}\n");
    GeneratedSources.write(out, List.of(f));
    Files.setLastModifiedTime(out.resolve("a/B.java"), FileTime.fromMillis(1000));
    assertEquals(List.of(), GeneratedSources.write(out, List.of(f)));
    assertEquals(1000, Files.getLastModifiedTime(out.resolve("a/B.java")).toMillis());
  }

  @Test
  void writeReplacesAFileWhoseContentChanged() throws IOException {
    GeneratedSources.write(out, List.of(file("B.java", "old\n")));
    assertEquals(1, GeneratedSources.write(out, List.of(file("B.java", "new\n"))).size());
    assertEquals("new\n", Files.readString(out.resolve("B.java")));
  }

  @Test
  void depsFileHasOneMakeRulePerOutput() {
    String deps = GeneratedSources.renderDeps(Path.of("gen"),
        List.of(file("a/B.java", "", "x/B.idl", "x/A.idl"), file("a/C.java", "", "my dir/C.cdl")));
    assertEquals("gen/a/B.java: x/A.idl x/B.idl\ngen/a/C.java: my\\ dir/C.cdl\n", deps);
  }

  @Test
  void componentDependsOnItsInstancesAndInterfaces() {
    GeneratedFile server = Examples.generate("echo").stream().filter(f -> f.path().equals("echo/ServerEntity.java"))
        .findFirst().orElseThrow();
    List<String> names = server.sources().stream().map(p -> p.getFileName().toString()).toList();
    assertTrue(names.containsAll(List.of("Server.edl", "CPing.cdl", "IPing.idl")), names.toString());
  }
}
