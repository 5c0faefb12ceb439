package org.kos.rcdb.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kos.rcdb.Golden;
import org.kos.rcdb.model.RcEntry;
import org.kos.rcdb.scan.ScanResult;
import org.kos.rcdb.scan.TreeScanner;
import org.kos.rcdb.store.RcDatabaseFile;

class ExporterTest {
  private static List<RcEntry> entries;
  private final Exporter exporter = new Exporter();

  @BeforeAll
  static void readGoldenDatabase() throws Exception {
    entries = RcDatabaseFile.read(Golden.TESTDATA.resolve("golden/retcodes.json")).entries();
  }

  @Test
  void cHeaderMatchesGolden() throws IOException {
    Golden.assertMatches(Golden.TESTDATA.resolve("golden/retcodes.h"), exporter.export(ExportLanguage.C, entries, "x"));
  }

  @Test
  void javaClassMatchesGolden() throws IOException {
    Golden.assertMatches(Golden.TESTDATA.resolve("golden/Retcodes.java"),
        exporter.export(ExportLanguage.JAVA, entries, "org.acme.Retcodes"));
  }

  @Test
  void markdownMatchesGolden() throws IOException {
    Golden.assertMatches(Golden.TESTDATA.resolve("golden/retcodes.md"),
        exporter.export(ExportLanguage.MARKDOWN, entries, "x"));
  }

  private static List<String> essence(List<RcEntry> es) {
    return es.stream().map(e -> e.name() + " " + e.hex() + " " + e.description()).sorted().toList();
  }

  @Test
  void exportedCHeaderScansBackToTheSameCodes() {
    ScanResult r = TreeScanner.scanTexts(Map.of("retcodes.h", exporter.export(ExportLanguage.C, entries, "x")));
    assertEquals(essence(entries), essence(r.entries()));
  }

  @Test
  void exportedJavaScansBackToTheSameCodes() {
    ScanResult r = TreeScanner.scanTexts(
        Map.of("Retcodes.java", exporter.export(ExportLanguage.JAVA, entries, "org.acme.Retcodes")));
    assertEquals(essence(entries), essence(r.entries()));
  }

  @Test
  void descriptionsWithQuotesBackslashesAndCommentEndsAreEscaped() {
    RcEntry e = RcEntry.defined("rcX", 1, 10, 1, 1, null, null, "a \"q\" \\ */ end", null);
    String c = exporter.export(ExportLanguage.C, List.of(e), "x");
    ScanResult r = TreeScanner.scanTexts(Map.of("x.h", c));
    assertEquals("a \"q\" \\ */ end", r.entries().get(0).description());
  }

  @Test
  void fieldsOutOfWidthAreExportedAsTheRawValue() {
    RcEntry e = RcEntry.defined("rcWide", 1, 10, 200, 1, null, null, "wide", null);
    String c = exporter.export(ExportLanguage.C, List.of(e), "x");
    assertEquals(true, c.contains("#define rcWide ((Retcode) " + e.hex() + ")"), c);
  }

  @Test
  void exportIsDeterministic() {
    assertEquals(exporter.export(ExportLanguage.MARKDOWN, entries, "x"), new Exporter().export(ExportLanguage.MARKDOWN, entries, "x"));
  }

  @Test
  void languageNamesParseCaseInsensitively() {
    assertEquals(ExportLanguage.MARKDOWN, ExportLanguage.parse("Markdown"));
    assertEquals(ExportLanguage.MARKDOWN, ExportLanguage.parse("md"));
    assertEquals(null, ExportLanguage.parse("cobol"));
  }

}
