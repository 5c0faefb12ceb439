package org.kos.audit.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kos.audit.AuditReport;
import org.kos.audit.analysis.Access;
import org.kos.audit.analysis.Verdict;
import org.kos.audit.findings.Finding;
import org.kos.audit.findings.Severity;

/**
 * The report as a Graphviz graph (docs/audit.md, "Graph"), through {@code templates/audit/graph.dot.ftl}:
 * a node per class (the kernel one node, an octagon), an edge per granted endpoint of a request
 * labelled with its methods (one edge for the methods granted always, a dashed one for those granted
 * under conditions), an edge per process start, a loop per security interface. An edge is red when one
 * of its methods is a kernel method with a danger note or has a high finding. Same report, same bytes.
 */
public final class DotReport {
  private DotReport() {}

  public static String render(AuditReport report) {
    Map<Access, List<Finding>> findings = report.findingsByAccess();
    List<Map<String, Object>> nodes = new ArrayList<>();
    Map<String, Edge> edges = new LinkedHashMap<>();
    for (AuditReport.ClassEntry c : report.classes()) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("name", c.name());
      n.put("label", c.name() + (c.kernel() ? "\n(the kernel)" : "")
          + (c.tasks().isEmpty() ? "" : "\ntasks: " + String.join(", ", c.tasks())));
      n.put("kernel", c.kernel());
      nodes.add(n);
      for (AuditReport.Grant g : c.requests()) {
        Access a = g.access();
        add(edges, g, findings, a.dst(), a.endpoint(), a.method(), "request");
      }
      for (AuditReport.Grant g : c.execute()) {
        add(edges, g, findings, g.access().dst(), "starts", null, "execute");
      }
      for (AuditReport.Grant g : c.security()) {
        Access a = g.access();
        add(edges, g, findings, a.src(), "security " + a.iface(), a.method(), "security");
      }
    }
    List<Map<String, Object>> edgeModel = new ArrayList<>();
    for (Edge e : edges.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("src", e.src);
      m.put("dst", e.dst);
      m.put("kind", e.kind);
      m.put("label", e.methods.isEmpty() ? e.head : e.head + ": " + String.join(", ", e.methods));
      m.put("conditional", e.conditional);
      m.put("red", e.red);
      m.put("tooltip", String.join("\n", e.notes));
      edgeModel.add(m);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("policy", report.policy());
    model.put("init", report.init());
    model.put("nodes", nodes);
    model.put("edges", edgeModel);
    return ReportTemplates.render("graph.dot.ftl", model);
  }

  /** Whether a grant is drawn red: a kernel method with a danger note, or a high finding about it. */
  static boolean red(AuditReport.Grant g, Map<Access, List<Finding>> findings) {
    return g.dangerous() || findings.getOrDefault(g.access(), List.of()).stream()
        .anyMatch(f -> f.severity() == Severity.HIGH);
  }

  private static void add(Map<String, Edge> edges, AuditReport.Grant g, Map<Access, List<Finding>> findings,
      String dst, String head, String method, String kind) {
    Access a = g.access();
    boolean conditional = a.verdict() == Verdict.CONDITIONAL;
    boolean red = red(g, findings);
    String key = String.join("\n", kind, a.src(), dst, head, Boolean.toString(conditional), Boolean.toString(red));
    Edge e = edges.computeIfAbsent(key, k -> new Edge(a.src(), dst, kind, head, conditional, red));
    if (method != null) {
      e.methods.add(method);
    }
    if (g.dangerous()) {
      e.notes.add((method != null ? method + ": " : "") + g.danger().shortNote());
    }
    for (Finding f : findings.getOrDefault(a, List.of())) {
      if (f.severity() == Severity.HIGH && !e.notes.contains(f.id().id() + ": " + f.id().title())) {
        e.notes.add(f.id().id() + ": " + f.id().title());
      }
    }
  }

  private static final class Edge {
    final String src;
    final String dst;
    final String kind;
    final String head;
    final boolean conditional;
    final boolean red;
    final List<String> methods = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    Edge(String src, String dst, String kind, String head, boolean conditional, boolean red) {
      this.src = src;
      this.dst = dst;
      this.kind = kind;
      this.head = head;
      this.conditional = conditional;
      this.red = red;
    }
  }
}
