package org.kos.nkc.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticPrinterTest {
  private final SourceFile file =
      new SourceFile("Ping.idl", "package echo.Ping\r\ninterface {\n\tPing(in UInt33 x);\n}");

  @Test
  void positionIsOneBasedLineAndColumnAcrossCrLfAndLf() {
    int at = file.text().indexOf("UInt33");
    SourceSpan span = file.span(at, at + 6);
    assertEquals(3, span.line());
    assertEquals(10, span.column());
  }

  @Test
  void renderShowsPositionIdSourceLineAndCaretUnderTheSpan() {
    int at = file.text().indexOf("UInt33");
    Diagnostic d = Diagnostic.error("NK0107", file.span(at, at + 6), "unknown type 'UInt33'");
    assertEquals(
        "Ping.idl:3:10: error[NK0107]: unknown type 'UInt33'\n"
            + "\tPing(in UInt33 x);\n"
            + "\t        ^~~~~~\n",
        DiagnosticPrinter.render(d));
  }

  @Test
  void notesAreRenderedAfterTheirDiagnostic() {
    Diagnostic d =
        Diagnostic.error("NK0001", file.span(0, 7), "first").withNote("see here", file.span(19, 28));
    String text = DiagnosticPrinter.render(d);
    assertTrue(text.contains("Ping.idl:2:1: note: see here\ninterface {\n^~~~~~~~~\n"), text);
  }

  @Test
  void diagnosticWithoutSpanHasNoCaret() {
    Diagnostic d = Diagnostic.error("NK0002", null, "no input files");
    assertEquals("error[NK0002]: no input files\n", DiagnosticPrinter.render(d));
  }

  @Test
  void jsonHasPositionsSeverityIdAndCounts() {
    int at = file.text().indexOf("UInt33");
    String json =
        DiagnosticPrinter.toJson(List.of(Diagnostic.error("NK0107", file.span(at, at + 6), "m")));
    assertTrue(json.contains("\"file\" : \"Ping.idl\""), json);
    assertTrue(json.contains("\"line\" : 3"), json);
    assertTrue(json.contains("\"column\" : 10"), json);
    assertTrue(json.contains("\"id\" : \"NK0107\""), json);
    assertTrue(json.contains("\"errors\" : 1"), json);
  }

  @Test
  void summaryCountsErrorsAndWarnings() {
    Diagnostic e = Diagnostic.error("A", null, "x");
    Diagnostic w = Diagnostic.warning("B", null, "y");
    assertEquals("2 errors, 1 warning", DiagnosticPrinter.summary(List.of(e, e, w)));
  }

  @Test
  void sortedOrdersByFileThenPositionAndDropsDuplicates() {
    Diagnostics all = new Diagnostics();
    all.error("B", file.span(20, 21), "later");
    all.error("A", file.span(0, 1), "earlier");
    all.error("A", file.span(0, 1), "earlier");
    List<Diagnostic> sorted = all.sorted();
    assertEquals(2, sorted.size());
    assertEquals("earlier", sorted.get(0).message());
  }

  @Test
  void aVeryLongLineIsCutAroundTheCaret() {
    String line = "{".repeat(1_000_000) + "x" + "}".repeat(1_000);
    SourceFile big = new SourceFile("big.idl", line);
    Diagnostic d = Diagnostic.error("NK0001", big.span(1_000_000, 1_000_001), "unexpected 'x'");

    List<String> lines = DiagnosticPrinter.render(d).lines().toList();

    assertEquals("..." + "{".repeat(60) + "x" + "}".repeat(60) + "...", lines.get(1));
    assertEquals(" ".repeat(63) + "^", lines.get(2));
  }

  @Test
  void controlCharactersInTheSourceLineAreShownEscapedAndTheCaretFollows() {
    SourceFile esc = new SourceFile("esc.idl", "a\u001b[2Jb c");
    Diagnostic d = Diagnostic.error("NK0001", esc.span(5, 6), "unexpected 'b'");

    List<String> lines = DiagnosticPrinter.render(d).lines().toList();

    assertEquals("a\\x1b[2Jb c", lines.get(1));
    assertEquals("        ^", lines.get(2));
  }
}
