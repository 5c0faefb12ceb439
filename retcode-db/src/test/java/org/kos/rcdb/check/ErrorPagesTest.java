package org.kos.rcdb.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.kos.rcdb.model.Finding;
import org.kos.rcdb.scan.ScanResult;
import org.kos.rcdb.scan.TreeScanner;
import org.kos.rcdb.store.DbFormatException;
import org.kos.rcdb.store.RcDatabaseFile;

/**
 * Keeps ids, pages and examples in step: every id has docs/errors/ID.md whose failing example
 * gives exactly that id (with the severity the page states) and whose fixed example gives nothing,
 * and every RC page belongs to an id.
 */
class ErrorPagesTest {
  private static final Path PAGES = Path.of("..", "docs", "errors");
  static final List<String> IDS = CheckIds.ALL;

  private static String page(String id) throws IOException {
    Path p = PAGES.resolve(id + ".md");
    assertTrue(Files.isRegularFile(p), "missing page " + p);
    return Files.readString(p);
  }

  /** The first ```c block after a heading. */
  private static String example(String page, String heading) {
    int at = page.indexOf("## " + heading);
    assertTrue(at >= 0, "no '## " + heading + "' section");
    Matcher m = Pattern.compile("```c\\n(.*?)```", Pattern.DOTALL).matcher(page);
    assertTrue(m.find(at), "no ```c block under '" + heading + "'");
    return m.group(1);
  }

  private static List<Finding> findings(String source) {
    ScanResult r = TreeScanner.scanTexts(Map.of("payments.h", source));
    List<Finding> all = new ArrayList<>(r.findings());
    all.addAll(Checker.check(r.entries()));
    return all;
  }

  @ParameterizedTest
  @FieldSource("IDS")
  void failingExampleGivesExactlyItsIdWithTheStatedSeverity(String id) throws IOException {
    String page = page(id);
    List<Finding> found = findings(example(page, "Failing example"));
    assertEquals(List.of(id), found.stream().map(Finding::id).distinct().toList(), found.toString());
    boolean statedError = page.contains("**Severity:** error");
    assertTrue(statedError || page.contains("**Severity:** warning"), "page states no severity");
    assertEquals(statedError, found.get(0).error(), "severity on the page differs from the finding");
  }

  @ParameterizedTest
  @FieldSource("IDS")
  void fixedExampleGivesNothing(String id) throws IOException {
    assertEquals(List.of(), findings(example(page(id), "Fixed example")));
  }

  @ParameterizedTest
  @FieldSource("IDS")
  void pageTitleStartsWithItsId(String id) throws IOException {
    assertTrue(page(id).startsWith("# " + id + ": "), id);
  }

  /** RC0007 is about the database file: its examples are JSON, read as the database. */
  @Test
  void databasePageExamplesAreMalformedAndFixedDatabases() throws IOException, DbFormatException {
    String page = page(DbFormatException.ID);
    Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(page);
    assertTrue(m.find(page.indexOf("## Failing example")), "no failing json block");
    String failing = m.group(1);
    DbFormatException e = assertThrows(DbFormatException.class, () -> RcDatabaseFile.parse(failing, "retcodes.json"));
    assertTrue(page.contains(e.getMessage()), "the page shows " + e.getMessage());
    assertTrue(m.find(page.indexOf("## Fixed example")), "no fixed json block");
    assertEquals(List.of(), RcDatabaseFile.parse(m.group(1), "retcodes.json").entries());
  }

  @Test
  void everyRcPageBelongsToAnId() throws IOException {
    try (Stream<Path> pages = Files.list(PAGES)) {
      List<String> orphans = pages.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("RC") && n.endsWith(".md"))
          .map(n -> n.substring(0, n.length() - 3))
          .filter(id -> !IDS.contains(id) && !id.equals(DbFormatException.ID)).sorted().toList();
      assertEquals(List.of(), orphans);
    }
  }
}
