package org.kos.einit.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.Diagnostics;

class SolutionSpecTest {
  @TempDir Path dir;

  private List<Diagnostic> read(String yaml) throws IOException, SolutionException {
    Files.createDirectories(dir.resolve("programs/Hello"));
    Files.createDirectories(dir.resolve("nk"));
    Files.writeString(dir.resolve("init.yaml"), "entities:\n- name: app.Hello\n");
    Files.writeString(dir.resolve("motd.txt"), "hello\n");
    Files.writeString(dir.resolve("solution.yaml"), yaml);
    Diagnostics d = new Diagnostics();
    Optional<SolutionSpec> spec = SolutionSpec.read(dir, d);
    assertTrue(spec.isEmpty() == d.hasErrors(), "a spec exactly when there is no error");
    return d.all();
  }

  @Test
  void thousandsOfNestedMappingsAreOnePositionedErrorNotACrash() throws Exception {
    // Found by SolutionYamlFuzzTest: SnakeYAML Engine composed them recursively (StackOverflowError).
    List<Diagnostic> found = read("programs: " + "{a: ".repeat(5_000) + "1" + "}".repeat(5_000) + "\n");
    assertEquals(1, found.size(), found.toString());
    assertEquals("EI0001", found.get(0).id());
    assertEquals(1, found.get(0).span().line());
  }

  @Test
  void anNkDirectoryThatDoesNotExistIsAPositionedErrorNotACrash() throws Exception {
    List<Diagnostic> found = read("programs:\n  Hello:\n    main: app.Hello\nnk: nowhere\n");

    assertEquals(1, found.size(), found.toString());
    assertEquals("EI0013", found.get(0).id());
    assertEquals(4, found.get(0).span().line());
  }

  @Test
  void anAbsoluteImagePathForAFileIsRefused() throws Exception {
    List<Diagnostic> found = read("programs:\n  Hello:\n    main: app.Hello\nfiles:\n  /etc/evil: motd.txt\n");

    assertEquals(List.of("EI0016"), found.stream().map(Diagnostic::id).toList());
    assertTrue(found.get(0).message().contains("is absolute"), found.get(0).message());
  }

  @Test
  void aControlCharacterInAProgramsImagePathIsRefused() throws Exception {
    List<Diagnostic> found = read("programs:\n  \"Hel\\elo\":\n    main: app.Hello\n");

    assertEquals(List.of("EI0016"), found.stream().map(Diagnostic::id).toList());
    assertTrue(found.get(0).message().contains("control character (U+001B)"), found.get(0).message());
  }
}
