package org.kos.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kos.audit.findings.Finding;
import org.kos.audit.findings.FindingId;
import org.kos.audit.report.DotReport;
import org.kos.audit.report.HtmlReport;
import org.kos.audit.report.JsonReport;
import org.kos.audit.report.TextReport;

/** testdata/audit/overgrant: an init.yaml and a policy given as files, over-granted in every way we report. */
class OvergrantTest {
  static final Path DIR = Golden.AUDIT.resolve("overgrant");

  static AuditReport audit() throws Exception {
    PolicyAudit.Result r = PolicyAudit.files(DIR.resolve("init.yaml"), DIR.resolve("security.psl"),
        List.of(DIR.resolve("nk")));
    assertEquals(List.of(), r.diagnostics().stream().filter(d -> d.isError()).toList());
    return r.report().orElseThrow();
  }

  @Test
  void everyFindingIdIsGivenAtLeastOnce() throws Exception {
    Set<String> given = audit().findings().stream().map(f -> f.id().id()).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Arrays.stream(FindingId.values()).map(FindingId::id).collect(Collectors.toCollection(TreeSet::new)), given);
  }

  @Test
  void everyPolicyFindingNamesThePolicyLineAndItsText() throws Exception {
    for (Finding f : audit().findings()) {
      if (f.id() == FindingId.PA0004) {
        assertTrue(f.at().startsWith("init.yaml:"), f::format);
      } else {
        assertTrue(f.at().startsWith("security.psl:") && f.psl() != null, f::format);
      }
    }
  }

  @Test
  void dangerousKernelFindingsCarryTheSeedsNote() throws Exception {
    Finding create = audit().findings().stream().filter(f -> f.id() == FindingId.PA0001
        && f.message().contains("task.Task Create")).findFirst().orElseThrow();
    assertTrue(create.note().contains("Create a process that will be privileged from the perspective of the solution"
        + " security policy"), create::note);
    assertEquals("security.psl:26:51", create.at());
  }

  @Test
  void jsonReportIsItsGolden() throws Exception {
    Golden.assertMatches(Golden.AUDIT.resolve("overgrant.json"), JsonReport.render(audit()));
  }

  @Test
  void textReportIsItsGolden() throws Exception {
    StringWriter w = new StringWriter();
    TextReport.print(audit(), new PrintWriter(w));
    Golden.assertMatches(Golden.AUDIT.resolve("overgrant.txt"), w.toString());
  }

  @Test
  void graphIsItsGolden() throws Exception {
    Golden.assertMatches(Golden.AUDIT.resolve("overgrant.dot"), DotReport.render(audit()));
  }

  @Test
  void graphDrawsDangerousKernelMethodsRedAndConditionalGrantsDashed() throws Exception {
    String dot = DotReport.render(audit());
    assertTrue(dot.contains("\"og.Client\" -> \"kl.core.Core\" [label=\"task.Task: Create, TransferHandle\", color=red"), dot);
    assertTrue(dot.contains("\"og.Client\" -> \"kl.core.Core\" [label=\"vmm.VMM: Allocate\", style=dashed, color=red"), dot);
    assertTrue(dot.contains("\"og.Client\" -> \"kl.core.Core\" [label=\"thread.Thread: Sleep\"];"), dot);
    assertTrue(dot.contains("\"kl.core.Core\" [label=\"kl.core.Core\\n(the kernel)\", shape=doubleoctagon];"), dot);
  }

  @Test
  void htmlIsItsGolden() throws Exception {
    Golden.assertMatches(Golden.AUDIT.resolve("overgrant.html"), HtmlReport.render(audit()));
  }

  @Test
  void htmlEscapesThePolicysTextAndFetchesNothing() throws Exception {
    String html = HtmlReport.render(audit());
    assertTrue(html.contains("<code>assert (message.size &lt;= 65536)</code>"), "the rule's '<=' is escaped");
    assertTrue(!html.contains("message.size <= 65536"), "an unescaped '<=' from the policy");
    assertTrue(!html.contains("http:") && !html.contains("https:") && !html.contains(" src="), "fetches something");
  }

  @Test
  void htmlMarksTheDangerousKernelCellsWithTheSeedsNote() throws Exception {
    String html = HtmlReport.render(audit());
    assertTrue(html.contains("data-flagged=\"task.Task Create\""), "Create is flagged in the matrix");
    assertTrue(html.contains("data-flagged=\"task.Task TransferHandle\""), "TransferHandle is flagged in the matrix");
    assertTrue(html.contains("data-flagged=\"vmm.VMM Allocate\""), "Allocate is flagged in the matrix");
    assertTrue(!html.contains("data-flagged=\"thread.Thread Sleep\""), "Sleep has no danger note");
    assertTrue(html.contains("title=\"task.Task Create: granted always (security.psl:26:51: grant ())\n\nAllows the following:"),
        "the Create cell's tooltip is the seed's note");
  }
}
