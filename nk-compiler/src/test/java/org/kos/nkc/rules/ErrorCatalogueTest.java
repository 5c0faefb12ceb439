package org.kos.nkc.rules;

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
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;
import org.kos.nkc.ast.UnitKind;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;

/**
 * Keeps the rule registry, the pages in docs/errors/ and the examples in testdata/nk-errors/ in
 * step: every id has a page and both examples, every page and example directory has an id, the
 * bad example gives exactly that diagnostic (as the page shows it) and the fixed one none.
 */
class ErrorCatalogueTest {
  private static final Path DOCS = Path.of("..", "docs", "errors");
  private static final Path EXAMPLES = Path.of("..", "testdata", "nk-errors");

  private static Set<String> ids() {
    return Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> names(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix) && n.startsWith("NK"))
          .map(n -> n.substring(0, n.length() - suffix.length())).collect(Collectors.toCollection(TreeSet::new));
    }
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
  void idsHaveTheDocumentedShapeAndRange() {
    for (Rule r : Rule.values()) {
      assertTrue(r.id().matches("NK0[1-6]\\d\\d"), r.id());
      assertTrue(!r.summary().isBlank(), r.id());
    }
  }

  @Test
  void catalogueIndexListsEveryId() throws IOException {
    String index = Files.readString(DOCS.resolve("README.md"));
    for (String id : ids()) {
      assertTrue(index.contains("[" + id + "](" + id + ".md)"), id);
    }
  }

  @TestFactory
  Stream<DynamicTest> badExampleGivesExactlyItsDiagnosticAsThePageShows() {
    return Arrays.stream(Rule.values()).map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
      Path bad = EXAMPLES.resolve(rule.id()).resolve("bad");
      List<Diagnostic> diagnostics = compile(bad).diagnostics();
      assertEquals(1, diagnostics.size(), () -> DiagnosticPrinter.renderAll(diagnostics));
      Diagnostic d = diagnostics.get(0);
      assertEquals(rule.id(), d.id());
      assertEquals(rule.severity(), d.severity());
      String header = DiagnosticPrinter.render(d).lines().findFirst().orElseThrow()
          .replace(bad + java.io.File.separator, "").replace(bad.toString(), ".").replace(java.io.File.separatorChar, '/');
      String page = Files.readString(DOCS.resolve(rule.id() + ".md"));
      assertTrue(page.contains(header + "\n"), () -> rule.id() + ".md does not show: " + header);
    }));
  }

  @TestFactory
  Stream<DynamicTest> fixedExampleCompilesClean() {
    return Arrays.stream(Rule.values()).map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
      CompileResult r = compile(EXAMPLES.resolve(rule.id()).resolve("fixed"));
      assertEquals("", DiagnosticPrinter.renderAll(r.diagnostics()));
      assertTrue(r.model().isPresent());
    }));
  }

  private static CompileResult compile(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> UnitKind.ofFileName(p.getFileName().toString()) != null).sorted().toList();
    }
    assertTrue(!files.isEmpty(), "no example files in " + root);
    return NkCompiler.compile(CompileRequest.of(files, List.of(root)));
  }
}
