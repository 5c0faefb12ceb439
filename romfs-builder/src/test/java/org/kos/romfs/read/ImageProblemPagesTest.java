package org.kos.romfs.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.kos.romfs.HostileCpio;

/**
 * Keeps the image problem ids, pages and examples in step: testdata/romfs-errors/ID/bad/entries.txt
 * (one entry a line, as {@link HostileCpio} takes them; {@code \e} is ESC) makes an image whose
 * verification reports exactly that id, as the page shows it, and fixed/ one that reports nothing.
 */
class ImageProblemPagesTest {
  private static final Path PAGES = Path.of("..", "docs", "errors");
  private static final Path EXAMPLES = Path.of("..", "testdata", "romfs-errors");

  @TempDir Path tmp;

  private static String entries(ImageProblem p, String which) throws IOException {
    return Files.readString(EXAMPLES.resolve(p.id()).resolve(which).resolve("entries.txt"), StandardCharsets.UTF_8);
  }

  private List<TreeCheck.Finding> findings(ImageProblem p, String which) throws Exception {
    String[] lines = entries(p, which).replace("\\e", "\u001b").split("\n");
    Path img = HostileCpio.write(tmp.resolve(which + ".cpio"), lines);
    try (RomImage r = ImageReaders.open(img, ReadLimits.DEFAULT)) {
      return TreeCheck.check(r.entries());
    }
  }

  @ParameterizedTest
  @EnumSource(ImageProblem.class)
  void badExampleGivesExactlyItsIdAndThePageShowsIt(ImageProblem p) throws Exception {
    List<TreeCheck.Finding> f = findings(p, "bad");
    assertEquals(List.of(p), f.stream().map(TreeCheck.Finding::problem).toList());
    String page = Files.readString(PAGES.resolve(p.id() + ".md"));
    assertTrue(page.startsWith("# " + p.id() + ": " + p.title() + "\n"), p.id() + ": title");
    String shown = "kos romfs: image.cpio: " + f.get(0) + "\n";
    assertTrue(page.contains(shown), p.id() + ": page does not show what is reported:\n" + shown);
    assertTrue(page.contains("```text\n" + entries(p, "bad") + "```"), p.id() + ": page lacks the bad example");
    assertTrue(page.contains("```text\n" + entries(p, "fixed") + "```"), p.id() + ": page lacks the fixed example");
  }

  @ParameterizedTest
  @EnumSource(ImageProblem.class)
  void fixedExampleGivesNothing(ImageProblem p) throws Exception {
    assertEquals(List.of(), findings(p, "fixed"));
  }
}
