package org.kos.ksm.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kos.ksm.model.Decision;
import org.kos.ksm.module.ClassInfo;
import org.kos.ksm.module.EndpointInfo;
import org.kos.ksm.module.MethodInfo;

/**
 * Builds the {@link Plan} of an event key by walking the bindings of its kind: a binding or match
 * section applies when all its selectors match (spec §7 step 1; every matching section is entered,
 * in textual order).
 */
final class Planner {
  private final List<JsonNode> bindings;
  private final Nodes nodes;
  private final Set<String> statefulObjects;
  private final AuditPolicy audit;

  Planner(List<JsonNode> bindings, Nodes nodes, Set<String> statefulObjects, AuditPolicy audit) {
    this.bindings = bindings;
    this.nodes = nodes;
    this.statefulObjects = statefulObjects;
    this.audit = audit;
  }

  /** The static part of an event: what selectors can test. */
  record Key(EventKind kind, ClassInfo src, ClassInfo dst, EndpointInfo endpoint, MethodInfo method) {}

  Plan plan(Key key) {
    List<Plan.Step> steps = new ArrayList<>();
    List<Boolean> statefulSteps = new ArrayList<>();
    for (JsonNode b : bindings) {
      if (EventKind.of(b.get("event").asText()) == key.kind() && matches(b.get("selectors"), key)) {
        int before = steps.size();
        body(b.get("body"), key, steps, null);
        for (int i = before; i < steps.size(); i++) {
          statefulSteps.add(touchesState(steps.get(i)));
        }
      }
    }
    Decision constant = null;
    if (steps.isEmpty()) {
      constant = Decision.DENIED;
    } else if (steps.stream().allMatch(s -> s instanceof Plan.Call c && c.isGrant() && !audit.audits(c))) {
      constant = Decision.GRANTED;
    }
    return Plan.of(steps, constant, statefulSteps);
  }

  private void body(JsonNode body, Key key, List<Plan.Step> out, String outerProfile) {
    String profile = body.path("audit").isTextual() ? body.get("audit").asText() : outerProfile;
    for (JsonNode st : body.get("statements")) {
      String at = at(st.get("at"));
      if (st.has("call")) {
        JsonNode call = st.get("call");
        boolean touches = Nodes.touchesState(st, statefulObjects);
        boolean grant = "Base".equals(call.path("model").asText()) && "grant".equals(call.path("method").asText());
        String object = call.path("object").asText();
        out.add(new Plan.Call(nodes.compile(st), at, grant, object, call.path("method").asText(), profile, touches,
            touches && nodes.changesState(st, statefulObjects), audit.audits(profile, object, Decision.GRANTED),
            audit.audits(profile, object, Decision.DENIED), audit.omitted(profile, object)));
      } else if (st.has("match")) {
        if (matches(st.get("match").get("selectors"), key)) {
          body(st.get("match").get("body"), key, out, profile);
        }
      } else if (st.has("choice")) {
        JsonNode c = st.get("choice");
        boolean touches = Nodes.touchesState(c, statefulObjects);
        JsonNode head = c.get("head");
        boolean regex = head.has("call") && "Regex".equals(head.get("call").path("model").asText())
            && "select".equals(head.get("call").path("method").asText());
        List<String> labels = new ArrayList<>();
        List<Plan.Step[]> bodies = new ArrayList<>();
        for (JsonNode alt : c.get("alternatives")) {
          labels.add(alt.get("label").asText());
          List<Plan.Step> inner = new ArrayList<>();
          body(alt.get("body"), key, inner, profile);
          bodies.add(Plan.array(inner));
        }
        List<Plan.Step> otherwise = null;
        if (!c.get("otherwise").isNull()) {
          otherwise = new ArrayList<>();
          body(c.get("otherwise"), key, otherwise, profile);
        }
        out.add(new Plan.Choice(nodes.compile(head), regex, labels.toArray(new String[0]),
            bodies.toArray(new Plan.Step[0][]), Plan.array(otherwise), at, touches,
            touches && nodes.changesState(c, statefulObjects)));
      }
    }
  }

  /** Whether a step (a rule call, or a choice with everything under it) reads or changes model state. */
  private boolean touchesState(Plan.Step s) {
    return s instanceof Plan.Call c ? c.stateful() : ((Plan.Choice) s).stateful();
  }

  /** Whether every selector matches the key (spec §4's selectors). */
  static boolean matches(JsonNode selectors, Key key) {
    Iterator<Map.Entry<String, JsonNode>> it = selectors.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> s = it.next();
      String v = s.getValue().asText();
      boolean ok = switch (s.getKey()) {
        case "src" -> key.src() != null && key.src().name().equals(v);
        case "dst" -> key.dst() != null && key.dst().name().equals(v);
        case "method" -> key.kind() == EventKind.EXECUTE ? v.equals("main")
            : key.method() != null && key.method().name().equals(v);
        case "interface" -> key.endpoint() != null && key.endpoint().iface().equals(v);
        // A security event's "endpoint" is the caller's security interface, which has no path and no
        // components: the checker lets endpoint= and component= pass there (spec §16 item 10).
        case "endpoint" -> key.kind() == EventKind.SECURITY
            || key.endpoint() != null && key.endpoint().path().equals(v);
        case "component" -> key.kind() == EventKind.SECURITY
            || key.endpoint() != null && key.endpoint().components().contains(v);
        default -> false;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  static String at(JsonNode position) {
    if (position == null) {
      return "?";
    }
    return position.path("file").asText() + ":" + position.path("line").asInt() + ":" + position.path("column").asInt();
  }
}
