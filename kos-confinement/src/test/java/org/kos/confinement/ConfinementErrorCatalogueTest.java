package org.kos.confinement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link ConfinementRule}, docs/errors/CF*.md and testdata/confinement-errors/ in step: every id
 * has a page, an index line and a bad and a fixed example; the bad one gives exactly that id, with
 * the line its page shows, and the fixed one nothing.
 */
class ConfinementErrorCatalogueTest {
  private static final Path DOCS = Path.of("..", "docs", "errors");
  private static final Path EXAMPLES = Path.of("..", "testdata", "confinement-errors");

  private static Set<String> ids() {
    return Arrays.stream(ConfinementRule.values()).map(ConfinementRule::id).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> names(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("CF") && n.endsWith(suffix))
          .map(n -> n.substring(0, n.length() - suffix.length())).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static List<Violation> verify(Path exampleDir) throws IOException {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> s = Files.walk(exampleDir)) {
      for (Path f : s.filter(f -> f.toString().endsWith(".java")).toList()) {
        sources.put(exampleDir.relativize(f).toString().replace('\\', '/'), Files.readString(f));
      }
    }
    return new ProgramVerifier().verify(InMemoryJavac.compile(sources, InMemoryJavac.KERNEL));
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
  void theIndexListsEveryIdWithItsTitle() throws IOException {
    String index = Files.readString(DOCS.resolve("README.md"));
    for (ConfinementRule r : ConfinementRule.values()) {
      String row = "| [" + r.id() + "](" + r.id() + ".md) | error | " + r.title() + " |";
      assertTrue(index.contains(row), "docs/errors/README.md lacks: " + row);
    }
  }

  @TestFactory
  Stream<DynamicTest> badExampleGivesExactlyItsIdAsThePageShows() {
    return Arrays.stream(ConfinementRule.values()).map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
      List<Violation> found = verify(EXAMPLES.resolve(rule.id()).resolve("bad"));
      assertEquals(1, found.size(), found::toString);
      assertEquals(rule, found.get(0).rule());
      String line = found.get(0).format();
      String page = Files.readString(DOCS.resolve(rule.id() + ".md"));
      assertTrue(page.contains(line + "\n"), () -> rule.id() + ".md does not show: " + line);
    }));
  }

  @TestFactory
  Stream<DynamicTest> fixedExampleGivesNothing() {
    return Arrays.stream(ConfinementRule.values()).map(rule -> DynamicTest.dynamicTest(rule.id(), () ->
        assertEquals(List.of(), verify(EXAMPLES.resolve(rule.id()).resolve("fixed")).stream()
            .map(Violation::format).toList())));
  }
}
