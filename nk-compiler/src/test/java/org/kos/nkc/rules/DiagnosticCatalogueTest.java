package org.kos.nkc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.diag.DiagnosticRule;

/**
 * Keeps a tool's diagnostic registry, the pages in docs/errors/ and the examples in
 * testdata/&lt;tool&gt;-errors/ in step: every id has a page and both examples, every page and
 * example directory with the tool's prefix has an id, the index lists every id, the bad example
 * gives exactly that diagnostic (as the page shows it) and the fixed one none. A tool's catalogue
 * test extends this with its registry and how to run an example (nk-compiler's test jar).
 */
public abstract class DiagnosticCatalogueTest {
  protected static final Path DOCS = Path.of("..", "docs", "errors");

  /** Every rule of the tool, from its registry. */
  protected abstract List<? extends DiagnosticRule> entries();

  /** The letters every id of the tool starts with; pages and examples with them must belong to an id. */
  protected abstract String prefix();

  /** The shape every id has, e.g. {@code NK0[1-6]\d\d}. */
  protected abstract String idPattern();

  /** The directory holding one {@code ID/bad} and {@code ID/fixed} example per id. */
  protected abstract Path examples();

  /** Everything the tool reports on one example directory, in its stable order. */
  protected abstract List<Diagnostic> diagnose(Path exampleDir) throws IOException;

  private Set<String> ids() {
    return entries().stream().map(DiagnosticRule::id).collect(Collectors.toCollection(TreeSet::new));
  }

  private Set<String> names(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(suffix))
          .map(n -> n.substring(0, n.length() - suffix.length()))
          .filter(n -> n.startsWith(prefix()))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  public void everyIdHasAPageAndEveryPageAnId() throws IOException {
    assertEquals(ids(), names(DOCS, ".md"));
  }

  @Test
  public void everyIdHasExamplesAndEveryExampleAnId() throws IOException {
    assertEquals(ids(), names(examples(), ""));
  }

  @Test
  public void idsAreUniqueAndHaveTheDocumentedShape() {
    assertEquals(entries().size(), ids().size(), "an id is registered twice");
    for (DiagnosticRule e : entries()) {
      assertTrue(e.id().matches(idPattern()), e.id());
      assertTrue(!e.summary().isBlank(), e.id());
    }
  }

  @Test
  public void catalogueIndexListsEveryId() throws IOException {
    String index = Files.readString(DOCS.resolve("README.md"));
    for (DiagnosticRule e : entries()) {
      assertTrue(index.contains("| [" + e.id() + "](" + e.id() + ".md) | " + e.severity().label() + " | "),
          e.id() + " is not listed with its severity in docs/errors/README.md");
    }
  }

  @TestFactory
  public Stream<DynamicTest> badExampleGivesExactlyItsDiagnosticAsThePageShows() {
    return entries().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
      Path bad = examples().resolve(rule.id()).resolve("bad");
      List<Diagnostic> diagnostics = diagnose(bad);
      assertEquals(1, diagnostics.size(), () -> DiagnosticPrinter.renderAll(diagnostics));
      Diagnostic d = diagnostics.get(0);
      assertEquals(rule.id(), d.id());
      assertEquals(rule.severity(), d.severity());
      String header = DiagnosticPrinter.render(d).lines().findFirst().orElseThrow()
          .replace(bad + File.separator, "").replace(bad.toString(), ".").replace(File.separatorChar, '/');
      String page = Files.readString(DOCS.resolve(rule.id() + ".md"));
      assertTrue(page.contains(header + "\n"), () -> rule.id() + ".md does not show: " + header);
    }));
  }

  @TestFactory
  public Stream<DynamicTest> fixedExampleGivesNoDiagnostic() {
    return entries().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () ->
        assertEquals("", DiagnosticPrinter.renderAll(diagnose(examples().resolve(rule.id()).resolve("fixed"))))));
  }
}
