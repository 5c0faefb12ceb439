package org.kos.audit.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kos.audit.AuditReport;
import org.kos.audit.analysis.Access;
import org.kos.audit.analysis.Rule;
import org.kos.audit.analysis.Verdict;
import org.kos.audit.findings.Finding;
import org.kos.audit.findings.Severity;

/**
 * The report for a terminal: the findings about the whole policy, then each class (those with the most
 * severe findings first) with its findings and what it may send, dangerous kernel methods first, then
 * a summary line. What is not listed is never allowed.
 */
public final class TextReport {
  private TextReport() {}

  public static void print(AuditReport report, PrintWriter out) {
    out.println("policy " + report.policy() + " over " + report.init() + ": " + report.classes().size() + " classes, "
        + report.tasks().size() + " tasks, " + report.connections().size() + " connections");
    List<Finding> global = report.findings().stream().filter(f -> f.cls() == null).toList();
    if (!global.isEmpty()) {
      out.println();
      out.println("the whole policy");
      global.forEach(f -> finding(f, out));
    }
    List<AuditReport.ClassEntry> classes = new ArrayList<>(report.classes());
    classes.sort(Comparator.comparingInt((AuditReport.ClassEntry c) -> worst(report, c.name()))
        .thenComparing(AuditReport.ClassEntry::name));
    for (AuditReport.ClassEntry c : classes) {
      out.println();
      out.println(c.name() + (c.kernel() ? " (the kernel)" : "") + (c.tasks().isEmpty() ? "" : ", tasks "
          + String.join(", ", c.tasks())));
      report.findings().stream().filter(f -> c.name().equals(f.cls())).forEach(f -> finding(f, out));
      List<AuditReport.Grant> requests = new ArrayList<>(c.requests());
      requests.sort(Comparator.comparing((AuditReport.Grant g) -> !g.dangerous()));
      section("requests", requests, out);
      section("responses", c.responses(), out);
      section("starts", c.execute(), out);
      section("security", c.security(), out);
      if (c.requests().isEmpty() && c.responses().isEmpty() && c.execute().isEmpty() && c.security().isEmpty()) {
        out.println("  may send nothing");
      }
    }
    out.println();
    out.println(summary(report));
    out.flush();
  }

  /** "2 findings: 1 high, 1 low" or "no findings". */
  public static String summary(AuditReport report) {
    List<String> parts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      long n = report.findings().stream().filter(f -> f.severity() == s).count();
      if (n > 0) {
        parts.add(n + " " + s.keyword());
      }
    }
    int n = report.findings().size();
    return n == 0 ? "no findings" : n + (n == 1 ? " finding: " : " findings: ") + String.join(", ", parts);
  }

  private static int worst(AuditReport report, String cls) {
    return report.findings().stream().filter(f -> cls.equals(f.cls())).mapToInt(f -> f.severity().ordinal()).min()
        .orElse(Severity.values().length);
  }

  private static void finding(Finding f, PrintWriter out) {
    out.println("  " + f.format());
    if (f.psl() != null) {
      out.println("      " + f.psl());
    }
    if (f.note() != null) {
      for (String line : f.note().split("\n")) {
        out.println("      | " + line);
      }
    }
  }

  private static void section(String title, List<AuditReport.Grant> grants, PrintWriter out) {
    if (grants.isEmpty()) {
      return;
    }
    out.println("  " + title + ":");
    for (AuditReport.Grant g : grants) {
      Access a = g.access();
      StringBuilder b = new StringBuilder("    ");
      b.append(g.dangerous() ? "! " : "  ");
      b.append(String.format("%-11s ", a.verdict().keyword()));
      if (a.dst() != null) {
        b.append(a.dst());
      }
      if (a.method() != null) {
        b.append(a.dst() != null ? " " : "").append(a.endpoint().isEmpty() ? a.iface() : a.endpoint()).append(' ')
            .append(a.method());
      }
      Rule r = a.grantingRule();
      if (r != null) {
        b.append("  ").append(r.at());
      }
      if (a.verdict() == Verdict.CONDITIONAL) {
        b.append("  (on ").append(String.join(", ", a.dependsOn())).append(')');
      }
      if (g.dangerous()) {
        b.append("  ").append(g.danger().shortNote());
      }
      out.println(b);
    }
  }
}
