package org.kos.cli.romfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.diag.SourceFile;
import org.kos.romfs.source.Exclusions;
import org.kos.romfs.source.ManifestError;
import org.kos.romfs.source.ManifestException;
import org.kos.romfs.source.ManifestParser;

/**
 * Keeps manifest error ids, pages and examples in step: every {@link ManifestError} has
 * docs/errors/ID.md titled with its id and title, showing the failing example of
 * testdata/romfs-errors/ID/bad, exactly what it reports, and the fixed example, which reports
 * nothing; and every RF page and example directory belongs to an id.
 */
class ManifestErrorPagesTest {
  private static final Path PAGES = Path.of("..", "docs", "errors");
  private static final Path EXAMPLES = Path.of("..", "testdata", "romfs-errors");
  private static final String MANIFEST = "image.manifest";

  private static String page(ManifestError e) throws IOException {
    Path p = PAGES.resolve(e.id() + ".md");
    assertTrue(Files.isRegularFile(p), "missing page " + p);
    return Files.readString(p);
  }

  private static String example(ManifestError e, String which) throws IOException {
    return Files.readString(EXAMPLES.resolve(e.id()).resolve(which).resolve(MANIFEST));
  }

  /** Parses an example the way `kos romfs build -m image.manifest` run in its directory does. */
  private static void parse(ManifestError e, String which) throws IOException, ManifestException {
    Path dir = EXAMPLES.resolve(e.id()).resolve(which);
    new ManifestParser(Exclusions.NONE).parse(MANIFEST, example(e, which), dir.toAbsolutePath());
  }

  private static List<Diagnostic> badDiagnostics(ManifestError e) throws IOException {
    ManifestException x = assertThrows(ManifestException.class, () -> parse(e, "bad"), e.id() + " bad example parses");
    return ManifestDiagnostics.of(x, new SourceFile(MANIFEST, example(e, "bad")));
  }

  @ParameterizedTest
  @EnumSource(ManifestError.class)
  void badExampleGivesExactlyItsId(ManifestError e) throws IOException {
    assertEquals(List.of(e.id()), badDiagnostics(e).stream().map(Diagnostic::id).distinct().toList());
  }

  @ParameterizedTest
  @EnumSource(ManifestError.class)
  void fixedExampleGivesNothing(ManifestError e) throws Exception {
    parse(e, "fixed");
  }

  @ParameterizedTest
  @EnumSource(ManifestError.class)
  void pageShowsBothExamplesAndExactlyWhatTheBadOneReports(ManifestError e) throws IOException {
    String page = page(e);
    assertTrue(page.startsWith("# " + e.id() + ": " + e.title() + "\n"), "title of " + e.id() + " differs from " + e.title());
    assertTrue(page.contains("```text\n" + example(e, "bad") + "```"), e.id() + ": page lacks the bad example");
    assertTrue(page.contains("```text\n" + example(e, "fixed") + "```"), e.id() + ": page lacks the fixed example");
    String report = DiagnosticPrinter.renderAll(badDiagnostics(e));
    assertTrue(page.contains("```text\n" + report + "```"), e.id() + ": page does not show what is reported:\n" + report);
  }

  @Test
  void idsAreUnique() {
    assertEquals(ManifestError.values().length,
        Arrays.stream(ManifestError.values()).map(ManifestError::id).distinct().count());
  }

  @Test
  void everyRfPageAndExampleBelongsToAnId() throws IOException {
    // Manifest ids (RF00xx) and image ids (RF01xx, pages checked by romfs-builder's ImageProblemPagesTest).
    List<String> ids = Stream.concat(Arrays.stream(ManifestError.values()).map(ManifestError::id),
        Arrays.stream(org.kos.romfs.read.ImageProblem.values()).map(org.kos.romfs.read.ImageProblem::id)).toList();
    try (Stream<Path> pages = Files.list(PAGES); Stream<Path> examples = Files.list(EXAMPLES)) {
      List<String> orphans = Stream.concat(
              pages.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("RF") && n.endsWith(".md"))
                  .map(n -> n.substring(0, n.length() - 3)),
              examples.map(p -> p.getFileName().toString()))
          .filter(id -> !ids.contains(id)).sorted().toList();
      assertEquals(List.of(), orphans);
    }
  }
}
