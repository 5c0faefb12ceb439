package org.kos.ksm.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.ModelObject;
import org.kos.ksm.model.RecordValue;
import org.kos.ksm.model.Unit;

/**
 * Compiles the IR's expressions (docs/psl-ir.md) into {@link Node} trees once, when the module is
 * loaded; evaluation then walks objects, not JSON. Literals are folded into constants.
 */
final class Nodes {
  private final Map<String, ModelObject> objects;
  private AuditPolicy audit;

  Nodes(Map<String, ModelObject> objects) {
    this.objects = objects;
  }

  /** The audit policy, once known: expression calls its emit conditions name are recorded. */
  void audit(AuditPolicy audit) {
    this.audit = audit;
  }

  /** A constant's value (an object's config), evaluated with no event. */
  Object constant(JsonNode expr) throws EvalException {
    return compile(expr).eval(null);
  }

  /** A value known when the module is loaded: literals, and lists and records of them (folded once). */
  record Const(Object value) implements Node {
    @Override
    public Object eval(Evaluation e) {
      return value;
    }
  }

  Node compile(JsonNode n) {
    if (n.has("int")) {
      BigInteger v = new BigInteger(n.get("int").asText());
      return new Const(v.bitLength() < 64 ? (Object) v.longValue() : v);
    }
    if (n.has("text")) { // interned: literals are compared and looked up (states, keys) by equal texts
      return new Const(n.get("text").asText().intern());
    }
    if (n.has("bool")) {
      return new Const(n.get("bool").asBoolean());
    }
    if (n.has("unit")) {
      return new Const(Unit.UNIT);
    }
    if (n.has("list")) {
      List<Node> items = new ArrayList<>();
      n.get("list").forEach(x -> items.add(compile(x)));
      if (items.stream().allMatch(Const.class::isInstance)) {
        List<Object> values = new ArrayList<>();
        items.forEach(x -> values.add(((Const) x).value()));
        return new Const(java.util.Collections.unmodifiableList(values));
      }
      return e -> {
        List<Object> out = new ArrayList<>(items.size());
        for (Node item : items) {
          out.add(item.eval(e));
        }
        return out;
      };
    }
    if (n.has("record")) {
      List<String> names = new ArrayList<>();
      List<Node> fields = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> it = n.get("record").fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> f = it.next();
        names.add(f.getKey().intern());
        fields.add(compile(f.getValue()));
      }
      String[] keys = names.toArray(new String[0]);
      Node[] nodes = fields.toArray(new Node[0]);
      if (fields.stream().allMatch(Const.class::isInstance)) {
        Object[] values = new Object[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
          values[i] = ((Const) nodes[i]).value();
        }
        return new Const(new RecordValue(keys, values));
      }
      return e -> {
        Object[] values = new Object[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
          values[i] = nodes[i].eval(e);
        }
        return new RecordValue(keys, values);
      };
    }
    if (n.has("op")) {
      return operator(n);
    }
    if (n.has("path")) {
      return path(n.get("path"));
    }
    if (n.has("call")) {
      return call(n.get("call"));
    }
    throw new IllegalArgumentException("not an expression: " + n);
  }

  private Node operator(JsonNode n) {
    String op = n.get("op").asText();
    if (n.has("operand")) {
      Node v = compile(n.get("operand"));
      return e -> Arith.unary(op, v.eval(e));
    }
    Node l = compile(n.get("left"));
    Node r = compile(n.get("right"));
    switch (op) {
      case "&&":
        return e -> Arith.bool(l.eval(e), op) && Arith.bool(r.eval(e), op);
      case "||":
        return e -> Arith.bool(l.eval(e), op) || Arith.bool(r.eval(e), op);
      case "==>":
        return e -> !Arith.bool(l.eval(e), op) || Arith.bool(r.eval(e), op);
      default:
        Arith.Binary f = Arith.binary(op);
        return e -> f.apply(l.eval(e), r.eval(e));
    }
  }

  private Node path(JsonNode p) {
    String head = p.get("head").asText();
    List<Object> fixedSteps = new ArrayList<>();
    List<Node> indexes = new ArrayList<>();
    for (JsonNode s : p.get("steps")) {
      if (s.has("field")) {
        fixedSteps.add(s.get("field").asText().intern()); // as the module's parameter names: found by identity
      } else {
        fixedSteps.add(null);
        indexes.add(compile(s.get("index")));
      }
    }
    switch (head) {
      case "src_sid":
        return e -> e.srcSid;
      case "dst_sid":
        return e -> e.dstSid;
      case "message":
        return e -> {
          List<Object> steps = fixedSteps;
          if (!indexes.isEmpty()) {
            steps = new ArrayList<>(fixedSteps.size());
            int k = 0;
            for (Object s : fixedSteps) {
              steps.add(s != null ? s : (Object) Arith.integer(indexes.get(k++).eval(e), ".[]"));
            }
          }
          return MessageDecoder.read(e, steps);
        };
      default:
        throw new IllegalArgumentException("unknown path head " + head);
    }
  }

  private Node call(JsonNode c) {
    ModelObject object = objects.get(c.get("object").asText());
    if (object == null) {
      throw new IllegalArgumentException("unknown object " + c.get("object").asText());
    }
    String method = c.get("method").asText();
    ModelObject.Method bound = object.method(method);
    Node argument = compile(c.get("argument"));
    if (!c.path("rule").asBoolean() && audit != null && audit.emits(object.name(), method)) {
      // An expression the audit profile's emit condition names (Regex): recorded for the event's audit.
      String name = object.name() + "." + method;
      return e -> {
        Object v = bound.call(argument.eval(e), e);
        e.emitted(name, v);
        return v;
      };
    }
    return new CallNode(object, bound, argument);
  }

  /**
   * A model method call, the method resolved when the policy is loaded; rule calls keep their object
   * and argument so audit can ask a Flow object for the SID's state.
   */
  record CallNode(ModelObject object, ModelObject.Method method, Node argument) implements Node {
    @Override
    public Object eval(Evaluation e) throws EvalException {
      return method.call(argument.eval(e), e);
    }
  }

  /**
   * Whether an expression may change model state: a call of an object of a stateful model whose
   * method does not only read ({@link ModelObject#readsOnly}).
   */
  boolean changesState(JsonNode n, java.util.Set<String> statefulObjects) {
    if (n.has("call")) {
      JsonNode c = n.get("call");
      String name = c.get("object").asText();
      if (statefulObjects.contains(name) && !objects.get(name).readsOnly(c.get("method").asText())) {
        return true;
      }
    }
    for (JsonNode child : n) {
      if (child.isContainerNode() && changesState(child, statefulObjects)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an expression reads model state or changes it: calls of an object of a stateful model. */
  static boolean touchesState(JsonNode n, java.util.Set<String> statefulObjects) {
    if (n.has("call") && statefulObjects.contains(n.get("call").get("object").asText())) {
      return true;
    }
    for (JsonNode child : n) {
      if (child.isContainerNode() && touchesState(child, statefulObjects)) {
        return true;
      }
    }
    return false;
  }

}
