package org.kos.nkc.javagen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same model gives the same files, byte for byte, whatever the order of the inputs. */
class DeterminismTest {
  @Test
  void inputOrderDoesNotChangeTheOutput() {
    List<Path> files = new ArrayList<>(Examples.files("types"));
    files.addAll(Examples.files("echo"));
    assertEquals(Examples.generate(files, JavaOptions.DEFAULT),
        Examples.generate(Examples.reversed(files), JavaOptions.DEFAULT));
  }

  @Test
  void twoRunsGiveTheSameBytes() {
    assertEquals(Examples.generate("types"), Examples.generate("types"));
  }

  @Test
  void sourcesCarryNoAbsolutePath() {
    String root = Path.of("..").toAbsolutePath().normalize().toString();
    for (GeneratedFile f : Examples.generate("types")) {
      assertEquals(-1, f.content().indexOf(root), f.path());
    }
  }
}
