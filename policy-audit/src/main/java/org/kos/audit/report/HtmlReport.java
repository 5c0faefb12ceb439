package org.kos.audit.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kos.audit.AuditReport;
import org.kos.audit.analysis.Access;
import org.kos.audit.analysis.Rule;
import org.kos.audit.analysis.Verdict;
import org.kos.audit.analysis.Wiring;
import org.kos.audit.findings.Finding;
import org.kos.audit.findings.Severity;

/**
 * The report as one HTML file a reviewer opens in a browser (docs/audit.md, "HTML"), through
 * {@code templates/audit/report.html.ftlh}: the summary, the findings, the matrices classes × kernel
 * methods and classes × classes (dangerous cells carry the seed's note as a tooltip), and each class
 * in a {@code <details>}. CSS and script are inline, nothing is fetched; every text is HTML-escaped by
 * the template's output format. Same report, same bytes.
 */
public final class HtmlReport {
  private HtmlReport() {}

  public static String render(AuditReport report) {
    Map<Access, List<Finding>> byAccess = report.findingsByAccess();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("policy", report.policy());
    model.put("init", report.init());
    model.put("classCount", report.classes().size());
    model.put("taskCount", report.tasks().size());
    model.put("connectionCount", report.connections().size());
    Map<String, Object> counts = new LinkedHashMap<>();
    for (Severity s : Severity.values()) {
      counts.put(s.keyword(), report.findings().stream().filter(f -> f.severity() == s).count());
    }
    model.put("counts", counts);
    model.put("summary", TextReport.summary(report));
    model.put("findings", report.findings().stream().map(HtmlReport::finding).toList());
    kernelMatrix(report, model);
    classMatrix(report, model);
    List<AuditReport.ClassEntry> classes = new ArrayList<>(report.classes());
    classes.sort(Comparator.comparingInt((AuditReport.ClassEntry c) -> worst(report, c.name()))
        .thenComparing(AuditReport.ClassEntry::name));
    List<Map<String, Object>> classModels = new ArrayList<>();
    for (AuditReport.ClassEntry c : classes) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", c.name());
      m.put("anchor", anchor(c.name()));
      m.put("kernel", c.kernel());
      m.put("tasks", c.tasks());
      List<Finding> own = report.findings().stream().filter(f -> c.name().equals(f.cls())).toList();
      m.put("findings", own.stream().map(HtmlReport::finding).toList());
      m.put("worst", own.isEmpty() ? "" : own.get(0).severity().keyword());
      m.put("open", own.stream().anyMatch(f -> f.severity() == Severity.HIGH));
      List<AuditReport.Grant> requests = new ArrayList<>(c.requests());
      requests.sort(Comparator.comparing((AuditReport.Grant g) -> !g.dangerous()));
      List<Map<String, Object>> sections = new ArrayList<>();
      section(sections, "requests", "may call", requests, byAccess);
      section(sections, "responses", "may answer", c.responses(), byAccess);
      section(sections, "execute", "may start", c.execute(), byAccess);
      section(sections, "security", "may call on its security interface", c.security(), byAccess);
      m.put("sections", sections);
      m.put("dangerous", requests.stream().filter(AuditReport.Grant::dangerous).count());
      classModels.add(m);
    }
    model.put("classes", classModels);
    return ReportTemplates.render("report.html.ftlh", model);
  }

  private static Map<String, Object> finding(Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("severity", f.severity().keyword());
    m.put("id", f.id().id());
    m.put("title", f.id().title());
    m.put("cls", f.cls() == null ? "" : f.cls());
    m.put("anchor", f.cls() == null ? "" : anchor(f.cls()));
    m.put("at", f.at());
    m.put("message", f.message());
    m.put("psl", f.psl() == null ? "" : f.psl());
    m.put("note", f.note() == null ? "" : f.note());
    return m;
  }

  /** Columns: every (endpoint, method) of the kernel some class may call, by endpoint then method; rows: the other classes. */
  private static void kernelMatrix(AuditReport report, Map<String, Object> model) {
    java.util.Set<String> kernels = new java.util.HashSet<>();
    report.classes().stream().filter(AuditReport.ClassEntry::kernel).forEach(c -> kernels.add(c.name()));
    Map<String, Map<String, AuditReport.Grant>> columns = new TreeMap<>();
    for (AuditReport.ClassEntry c : report.classes()) {
      for (AuditReport.Grant g : c.requests()) {
        if (kernels.contains(g.access().dst())) {
          columns.computeIfAbsent(g.access().endpoint(), k -> new TreeMap<>()).putIfAbsent(g.access().method(), g);
        }
      }
    }
    List<Map<String, Object>> endpoints = new ArrayList<>();
    List<Map<String, Object>> methods = new ArrayList<>();
    for (var e : columns.entrySet()) {
      endpoints.add(Map.of("endpoint", e.getKey(), "iface", e.getValue().values().iterator().next().access().iface(),
          "span", e.getValue().size()));
      for (var m : e.getValue().entrySet()) {
        AuditReport.Grant g = m.getValue();
        Map<String, Object> col = new LinkedHashMap<>();
        col.put("endpoint", e.getKey());
        col.put("method", m.getKey());
        col.put("dangerous", g.dangerous());
        col.put("short", g.danger() == null ? "" : g.danger().shortNote());
        methods.add(col);
      }
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (AuditReport.ClassEntry c : report.classes()) {
      if (c.kernel()) {
        continue;
      }
      Map<String, AuditReport.Grant> mine = new LinkedHashMap<>();
      for (AuditReport.Grant g : c.requests()) {
        if (kernels.contains(g.access().dst())) {
          mine.put(g.access().endpoint() + "\n" + g.access().method(), g);
        }
      }
      List<Map<String, Object>> cells = new ArrayList<>();
      for (Map<String, Object> col : methods) {
        AuditReport.Grant g = mine.get(col.get("endpoint") + "\n" + col.get("method"));
        cells.add(cell(g, col.get("endpoint") + " " + col.get("method")));
      }
      rows.add(Map.of("name", c.name(), "anchor", anchor(c.name()), "cells", cells, "count", mine.size()));
    }
    model.put("kernelEndpoints", endpoints);
    model.put("kernelMethods", methods);
    model.put("kernelRows", rows);
  }

  /** A cell of the kernel matrix: the verdict, and as its tooltip the seed's note (dangerous) or the deciding rule. */
  private static Map<String, Object> cell(AuditReport.Grant g, String what) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (g == null) {
      m.put("verdict", "");
      m.put("dangerous", false);
      m.put("title", "");
      return m;
    }
    Access a = g.access();
    m.put("verdict", a.verdict().keyword());
    m.put("dangerous", g.dangerous());
    StringBuilder title = new StringBuilder(what).append(": ").append(verdictText(a));
    Rule r = a.grantingRule();
    if (r != null) {
      title.append(" (").append(r.at()).append(": ").append(r.psl()).append(')');
    }
    if (g.dangerous()) {
      title.append("\n\n").append(g.danger().note());
    }
    m.put("title", title.toString());
    m.put("what", what);
    return m;
  }

  private static String verdictText(Access a) {
    return a.verdict() == Verdict.ALWAYS ? "granted always"
        : "granted under conditions (on " + String.join(", ", a.dependsOn()) + ")";
  }

  /** Rows: every class but the kernel; columns: every class but the kernel that some class may call. */
  private static void classMatrix(AuditReport report, Map<String, Object> model) {
    List<String> servers = report.classes().stream().filter(c -> !c.kernel()).map(AuditReport.ClassEntry::name)
        .filter(n -> report.classes().stream().anyMatch(c -> c.requests().stream().anyMatch(g -> n.equals(g.access().dst())))
            || report.connections().stream().anyMatch(w -> n.equals(w.serverClass())))
        .toList();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (AuditReport.ClassEntry c : report.classes()) {
      if (c.kernel()) {
        continue;
      }
      List<Map<String, Object>> cells = new ArrayList<>();
      for (String s : servers) {
        List<Access> granted = c.requests().stream().map(AuditReport.Grant::access).filter(a -> s.equals(a.dst())).toList();
        List<Wiring.Connection> wired = report.connections().stream()
            .filter(w -> c.name().equals(w.clientClass()) && s.equals(w.serverClass())).toList();
        long always = granted.stream().filter(a -> a.verdict() == Verdict.ALWAYS).count();
        long conditional = granted.size() - always;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("always", always);
        m.put("conditional", conditional);
        m.put("state", granted.isEmpty() ? (wired.isEmpty() ? "" : "dead") : wired.isEmpty() ? "over" : "wired");
        StringBuilder title = new StringBuilder(c.name()).append(" → ").append(s);
        for (Wiring.Connection w : wired) {
          title.append("\nconnected: ").append(w.client()).append(" → ").append(w.server()).append(" as '")
              .append(w.id()).append("' (").append(w.at()).append(')');
        }
        if (!granted.isEmpty() && wired.isEmpty()) {
          title.append("\nnot connected in init.yaml");
        }
        if (granted.isEmpty() && !wired.isEmpty()) {
          title.append("\nno request is ever granted on this connection");
        }
        for (Access a : granted) {
          title.append("\n").append(a.endpoint()).append(' ').append(a.method()).append(": ").append(verdictText(a));
        }
        m.put("title", granted.isEmpty() && wired.isEmpty() ? "" : title.toString());
        cells.add(m);
      }
      rows.add(Map.of("name", c.name(), "anchor", anchor(c.name()), "cells", cells));
    }
    model.put("servers", servers);
    model.put("classRows", rows);
  }

  private static void section(List<Map<String, Object>> out, String kind, String title, List<AuditReport.Grant> grants,
      Map<Access, List<Finding>> byAccess) {
    if (grants.isEmpty()) {
      return;
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (AuditReport.Grant g : grants) {
      Access a = g.access();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("verdict", a.verdict().keyword());
      m.put("dependsOn", String.join(", ", a.dependsOn()));
      m.put("dst", a.dst() == null ? "" : a.dst());
      m.put("endpoint", a.endpoint() == null ? "" : a.endpoint().isEmpty() ? a.iface() : a.endpoint());
      m.put("method", a.method() == null ? "" : a.method());
      m.put("rules", a.rules().stream().map(r -> Map.of("at", r.at(), "psl", r.psl())).toList());
      m.put("dangerous", g.dangerous());
      m.put("short", g.dangerous() ? g.danger().shortNote() : "");
      m.put("note", g.dangerous() ? g.danger().note() : "");
      m.put("findings", byAccess.getOrDefault(a, List.of()).stream().map(f -> f.id().id()).distinct().toList());
      rows.add(m);
    }
    out.add(Map.of("kind", kind, "title", title, "rows", rows));
  }

  private static int worst(AuditReport report, String cls) {
    return report.findings().stream().filter(f -> cls.equals(f.cls())).mapToInt(f -> f.severity().ordinal()).min()
        .orElse(Severity.values().length);
  }

  /** An id for a class's section: its name with every character but letters, digits, '.', '_' and '-' as '_'. */
  static String anchor(String cls) {
    return "class-" + cls.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
