package org.kos.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kos.audit.report.DotReport;
import org.kos.audit.report.JsonReport;
import org.kos.audit.report.TextReport;

/** The report of every example solution, pinned as JSON, as text and as a Graphviz graph under testdata/audit/. */
class SolutionReportGoldenTest {
  static final List<String> SOLUTIONS = List.of("echo", "guard", "ocap", "traffic-light");

  static AuditReport audit(String name) throws Exception {
    PolicyAudit.Result r = PolicyAudit.solution(Golden.TESTDATA.resolve("solutions").resolve(name));
    assertEquals(List.of(), r.diagnostics().stream().filter(d -> d.isError()).toList());
    return r.report().orElseThrow();
  }

  @TestFactory
  Stream<DynamicTest> jsonReportOfEachSolutionIsItsGolden() {
    return SOLUTIONS.stream().map(s -> DynamicTest.dynamicTest(s, () ->
        Golden.assertMatches(Golden.AUDIT.resolve(s + ".json"), JsonReport.render(audit(s)))));
  }

  @TestFactory
  Stream<DynamicTest> textReportOfEachSolutionIsItsGolden() {
    return SOLUTIONS.stream().map(s -> DynamicTest.dynamicTest(s, () -> {
      StringWriter w = new StringWriter();
      TextReport.print(audit(s), new PrintWriter(w));
      Golden.assertMatches(Golden.AUDIT.resolve(s + ".txt"), w.toString());
    }));
  }

  @TestFactory
  Stream<DynamicTest> graphOfEachSolutionIsItsGolden() {
    return SOLUTIONS.stream().map(s -> DynamicTest.dynamicTest(s, () ->
        Golden.assertMatches(Golden.AUDIT.resolve(s + ".dot"), DotReport.render(audit(s)))));
  }
}
