package org.kos.audit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.kos.audit.AuditReport;
import org.kos.audit.analysis.Access;
import org.kos.audit.analysis.Rule;
import org.kos.audit.findings.Finding;
import org.kos.audit.findings.Severity;
import org.kos.nkc.ir.Ir;

/**
 * The report as JSON (docs/audit.md, "JSON"): keys in a fixed order, lists in the report's order,
 * two-space indentation and a final newline, so that the same inputs give the same bytes.
 */
public final class JsonReport {
  /** Bump when a consumer of the previous version could misread the output; adding fields does not. */
  public static final int VERSION = 1;
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private JsonReport() {}

  public static String render(AuditReport report) {
    try {
      return Ir.jsonWriter().writeValueAsString(tree(report)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a report always serialises", e);
    }
  }

  public static ObjectNode tree(AuditReport report) {
    ObjectNode root = JSON.objectNode();
    root.put("format", "kos-policy-audit");
    root.put("version", VERSION);
    root.put("policy", report.policy());
    root.put("init", report.init());
    ObjectNode summary = root.putObject("summary");
    summary.put("classes", report.classes().size());
    summary.put("tasks", report.tasks().size());
    summary.put("connections", report.connections().size());
    ObjectNode counts = summary.putObject("findings");
    for (Severity s : Severity.values()) {
      counts.put(s.keyword(), report.findings().stream().filter(f -> f.severity() == s).count());
    }
    ArrayNode classes = root.putArray("classes");
    for (AuditReport.ClassEntry c : report.classes()) {
      ObjectNode n = classes.addObject();
      n.put("name", c.name());
      n.put("edl", c.edl());
      n.put("kernel", c.kernel());
      ArrayNode tasks = n.putArray("tasks");
      c.tasks().forEach(tasks::add);
      grants(n.putArray("requests"), c.requests(), true);
      grants(n.putArray("responses"), c.responses(), true);
      grants(n.putArray("execute"), c.execute(), false);
      grants(n.putArray("security"), c.security(), true);
    }
    ArrayNode connections = root.putArray("connections");
    for (var c : report.connections()) {
      ObjectNode n = connections.addObject();
      n.put("client", c.client());
      n.put("clientClass", c.clientClass());
      n.put("server", c.server());
      n.put("serverClass", c.serverClass());
      n.put("id", c.id());
      n.put("at", c.at());
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode n = findings.addObject();
      n.put("id", f.id().id());
      n.put("severity", f.severity().keyword());
      n.put("class", f.cls());
      n.put("at", f.at());
      n.put("message", f.message());
      n.put("psl", f.psl());
      n.put("note", f.note());
    }
    return root;
  }

  private static void grants(ArrayNode out, List<AuditReport.Grant> grants, boolean method) {
    for (AuditReport.Grant g : grants) {
      Access a = g.access();
      ObjectNode n = out.addObject();
      if (a.dst() != null) {
        n.put("dst", a.dst());
      }
      if (method) {
        n.put("endpoint", a.endpoint());
        n.put("interface", a.iface());
        n.put("method", a.method());
      }
      n.put("verdict", a.verdict().keyword());
      ArrayNode deps = n.putArray("dependsOn");
      a.dependsOn().forEach(deps::add);
      ArrayNode rules = n.putArray("rules");
      for (Rule r : a.rules()) {
        ObjectNode rn = rules.addObject();
        rn.put("at", r.at());
        rn.put("psl", r.psl());
      }
      if (g.danger() != null) {
        ObjectNode d = n.putObject("danger");
        ArrayNode cats = d.putArray("categories");
        g.danger().categories().forEach(cats::add);
        d.put("short", g.danger().shortNote());
        d.put("note", g.danger().note());
      }
    }
  }
}
