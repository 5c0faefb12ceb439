package org.kos.audit.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kos.audit.PolicyAudit;

/**
 * {@link FindingId}, docs/errors/PA*.md and testdata/audit-errors/ in step: every id has a page with
 * its title and severity, an index row and a bad and a fixed example; the bad one gives exactly that
 * finding, as its page shows it, and the fixed one none.
 */
class FindingCatalogueTest {
  private static final Path DOCS = Path.of("..", "docs", "errors");
  private static final Path EXAMPLES = Path.of("..", "testdata", "audit-errors");

  private static Set<String> ids() {
    return Arrays.stream(FindingId.values()).map(FindingId::id).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> names(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("PA") && n.endsWith(suffix))
          .map(n -> n.substring(0, n.length() - suffix.length())).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static List<Finding> audit(Path example) throws IOException {
    PolicyAudit.Result r = PolicyAudit.files(example.resolve("init.yaml"), example.resolve("security.psl"),
        List.of(EXAMPLES.resolve("nk")));
    assertEquals(List.of(), r.diagnostics().stream().filter(d -> d.isError()).toList());
    return r.report().orElseThrow().findings();
  }

  @Test
  void everyIdHasAPageAndEveryPageAnId() throws IOException {
    assertEquals(ids(), names(DOCS, ".md"));
  }

  @Test
  void everyIdHasExamplesAndEveryExampleAnId() throws IOException {
    assertEquals(ids(), names(EXAMPLES, ""));
  }

  @Test
  void everyPageHasItsTitleAndSeverity() throws IOException {
    for (FindingId id : FindingId.values()) {
      String page = Files.readString(DOCS.resolve(id.id() + ".md"));
      assertTrue(page.startsWith("# " + id.id() + ": " + id.title() + "\n\n**Severity:** " + id.severity().keyword()
          + "\n"), id.id());
    }
  }

  @Test
  void theIndexListsEveryIdWithItsSeverityAndTitle() throws IOException {
    String index = Files.readString(DOCS.resolve("README.md"));
    for (FindingId id : FindingId.values()) {
      String row = "| [" + id.id() + "](" + id.id() + ".md) | " + id.severity().keyword() + " | " + id.title() + " |";
      assertTrue(index.contains(row), "docs/errors/README.md lacks: " + row);
    }
  }

  @TestFactory
  Stream<DynamicTest> badExampleGivesExactlyItsFindingAsThePageShows() {
    return Arrays.stream(FindingId.values()).map(id -> DynamicTest.dynamicTest(id.id(), () -> {
      List<Finding> found = audit(EXAMPLES.resolve(id.id()).resolve("bad"));
      assertEquals(1, found.size(), found::toString);
      assertEquals(id, found.get(0).id());
      String page = Files.readString(DOCS.resolve(id.id() + ".md"));
      assertTrue(page.contains("\n" + found.get(0).format() + "\n"), () -> id.id() + ".md does not show: "
          + found.get(0).format());
    }));
  }

  @TestFactory
  Stream<DynamicTest> fixedExampleGivesNothing() {
    return Arrays.stream(FindingId.values()).map(id -> DynamicTest.dynamicTest(id.id(), () ->
        assertEquals(List.of(), audit(EXAMPLES.resolve(id.id()).resolve("fixed")).stream().map(Finding::format)
            .toList())));
  }
}
