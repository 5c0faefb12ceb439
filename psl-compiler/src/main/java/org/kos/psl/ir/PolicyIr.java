package org.kos.psl.ir;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;
import org.kos.nkc.diag.SourceSpan;
import org.kos.nkc.ir.Ir;
import org.kos.nkc.layout.ComponentLayout;
import org.kos.nkc.layout.EndpointLayout;
import org.kos.nkc.layout.InterfaceLayout;
import org.kos.nkc.layout.Layout;
import org.kos.nkc.layout.MethodLayout;
import org.kos.psl.ast.Body;
import org.kos.psl.ast.Decl;
import org.kos.psl.ast.PslFile;
import org.kos.psl.ast.Selector;
import org.kos.psl.ast.Stmt;
import org.kos.psl.model.Endpoint;
import org.kos.psl.model.ModelObject;
import org.kos.psl.model.Policy;
import org.kos.psl.model.ProcessClass;
import org.kos.psl.model.SecurityModel;

/**
 * Renders a checked policy as the PSL IR (docs/psl-ir.md): classes numbered in name order with
 * their endpoint tables, the interfaces they implement with each method's message types, models,
 * objects, bindings (selectors and statements with every call resolved), audit and tests, each with
 * its source position. Keys in a fixed order and lists in include/text order: the same policy read
 * from the same paths gives the same bytes.
 */
public final class PolicyIr {
  /** Bump when a consumer of the previous version could misread the output; adding fields does not. */
  public static final int VERSION = 1;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private PolicyIr() {}

  public static String render(Policy policy) {
    return render(policy, null);
  }

  /**
   * The IR with the files under {@code base} named relative to it ({@code security.psl} rather than
   * {@code /home/me/solution/security.psl}), so that a solution's image has the same bytes wherever it
   * is built from; {@code base} null keeps the names as given.
   */
  public static String render(Policy policy, java.nio.file.Path base) {
    ObjectNode tree = tree(policy);
    if (base != null) {
      FileNames.relativize(tree, base);
    }
    try {
      return Ir.jsonWriter().writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an IR tree always serialises", e);
    }
  }

  public static ObjectNode tree(Policy policy) {
    ExpressionJson exprs = new ExpressionJson(policy.calls());
    Layout layout = policy.nk() == null ? null : Layout.of(policy.nk());
    ObjectNode root = JSON.objectNode();
    root.put("format", "kos-psl-ir");
    root.put("irVersion", VERSION);
    root.put("policy", policy.root().source().file().name());
    ArrayNode files = root.putArray("files");
    for (PslFile f : policy.files()) {
      files.add(f.source().file().name());
    }
    root.put("executeInterface", policy.executeInterface());
    ArrayNode classes = root.putArray("classes");
    Set<String> ifaces = new LinkedHashSet<>();
    int id = 0;
    for (ProcessClass c : policy.classes().values()) {
      ObjectNode n = classes.addObject();
      n.put("id", id++);
      n.put("name", c.name());
      n.put("edl", c.edl());
      n.put("securityInterface", c.securityInterface());
      ArrayNode eps = n.putArray("endpoints");
      ComponentLayout cl = layout == null || c.edl() == null ? null : layout.taskClass(c.edl());
      for (Endpoint e : c.endpoints()) {
        ObjectNode ep = eps.addObject();
        ep.put("path", e.path());
        ep.put("riid", riid(cl, e.path()));
        ep.put("interface", e.iface());
        ArrayNode comps = ep.putArray("components");
        e.components().forEach(comps::add);
        ifaces.add(e.iface());
      }
      if (c.securityInterface() != null) {
        ifaces.add(c.securityInterface());
      }
      n.set("at", position(c.declaredAt()));
    }
    root.set("interfaces", interfaces(policy, layout, ifaces));
    ArrayNode models = root.putArray("models");
    for (SecurityModel m : policy.models().values()) {
      ObjectNode n = models.addObject();
      n.put("name", m.name());
      n.put("fragment", m.fragment());
      n.put("auditable", m.auditable());
      ArrayNode params = n.putArray("parameters");
      m.parameters().forEach(params::add);
    }
    ArrayNode objects = root.putArray("objects");
    for (ModelObject o : policy.objects().values()) {
      ObjectNode n = objects.addObject();
      n.put("name", o.name());
      n.put("model", o.model().name());
      n.put("sdk", o.sdk());
      ObjectNode params = n.putObject("parameters");
      o.parameters().forEach((k, v) -> params.set(k, TypeJson.of(v)));
      n.set("config", o.declaration().config() == null ? JSON.nullNode() : exprs.of(o.declaration().config()));
      n.set("at", position(o.declaration().name().span()));
    }
    ArrayNode bindings = root.putArray("bindings");
    for (Decl.Binding b : policy.bindings()) {
      ObjectNode n = bindings.addObject();
      n.put("event", b.kind().keyword());
      n.set("selectors", selectors(b.selectors()));
      n.set("body", body(b.body(), exprs));
      n.set("at", position(b.kindSpan()));
    }
    root.set("audit", audit(policy));
    ArrayNode tests = root.putArray("tests");
    for (Decl.TestSet t : policy.tests()) {
      tests.add(TestJson.of(t, exprs));
    }
    return root;
  }

  /** The RIID the server stubs give the endpoint at {@code path} (the layout's numbering), -1 when unknown. */
  private static int riid(ComponentLayout cl, String path) {
    if (cl == null) {
      return -1;
    }
    for (EndpointLayout e : cl.endpoints()) {
      if (e.name().equals(path)) {
        return e.riid();
      }
    }
    return -1;
  }

  private static ObjectNode interfaces(Policy policy, Layout layout, Set<String> names) {
    ObjectNode out = JSON.objectNode();
    names.stream().sorted().forEach(name -> {
      InterfaceLayout il = layout == null ? null : layout.iface(name);
      if (il == null) {
        return;
      }
      ArrayNode methods = out.putObject(name).putArray("methods");
      for (MethodLayout m : il.methods()) {
        ObjectNode mn = methods.addObject();
        mn.put("name", m.name());
        mn.put("mid", m.mid());
        mn.set("in", TypeJson.message(m.request()));
        mn.set("out", TypeJson.message(m.response()));
        mn.set("error", TypeJson.message(m.error()));
      }
    });
    return out;
  }

  static ObjectNode selectors(java.util.List<Selector> selectors) {
    ObjectNode n = JSON.objectNode();
    for (Selector s : selectors) {
      n.put(s.key().keyword(), s.value().text());
    }
    return n;
  }

  static ObjectNode body(Body body, ExpressionJson exprs) {
    ObjectNode n = JSON.objectNode();
    n.put("audit", body.audit() == null ? null : body.audit().text());
    ArrayNode statements = n.putArray("statements");
    for (Stmt s : body.statements()) {
      ObjectNode st = statements.addObject();
      if (s instanceof Stmt.Call c) {
        st.setAll((ObjectNode) exprs.of(c.expr())); // {"call": {...}}: a checked statement is an application
      } else if (s instanceof Stmt.Match m) {
        ObjectNode match = st.putObject("match");
        match.set("selectors", selectors(m.selectors()));
        match.set("body", body(m.body(), exprs));
      } else if (s instanceof Stmt.Choice c) {
        ObjectNode choice = st.putObject("choice");
        choice.set("head", exprs.of(c.head()));
        ArrayNode alts = choice.putArray("alternatives");
        JsonNode otherwise = JSON.nullNode();
        for (Stmt.Alternative a : c.alternatives()) {
          if (a.label() == null) {
            otherwise = body(a.body(), exprs);
            continue;
          }
          ObjectNode alt = alts.addObject();
          alt.put("label", a.label());
          alt.set("body", body(a.body(), exprs));
        }
        choice.set("otherwise", otherwise);
      }
      st.set("at", position(s.span()));
    }
    return n;
  }

  private static ObjectNode audit(Policy policy) {
    ObjectNode n = JSON.objectNode();
    ArrayNode profiles = n.putArray("profiles");
    for (Decl.AuditProfile p : policy.auditProfiles().values()) {
      ObjectNode pn = profiles.addObject();
      pn.put("name", p.name().text());
      ArrayNode levels = pn.putArray("levels");
      for (Decl.AuditLevel l : p.levels()) {
        ObjectNode ln = levels.addObject();
        ln.put("level", l.level());
        ObjectNode objects = ln.putObject("objects");
        for (Decl.AuditObject o : l.objects()) {
          ObjectNode on = objects.putObject(o.object().text());
          for (Decl.AuditCondition c : o.conditions()) {
            ArrayNode values = on.putArray(c.key().text());
            c.values().forEach(v -> values.add(v.value()));
          }
        }
      }
    }
    ObjectNode def = n.putObject("default");
    Decl.AuditDefault d = policy.auditDefault();
    def.put("profile", d == null ? "empty" : d.profile().text());
    def.put("level", d == null ? java.math.BigInteger.ZERO : d.level());
    return n;
  }

  /** {@code {"file": ..., "line": n, "column": n}} of a span's start (1-based). */
  static ObjectNode position(SourceSpan span) {
    ObjectNode n = JSON.objectNode();
    n.put("file", span.file().name());
    n.put("line", span.line());
    n.put("column", span.column());
    return n;
  }
}
