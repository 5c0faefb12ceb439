package org.kos.ksm.pal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a step's message record (IR expressions) to plain values: integers as
 * {@link BigInteger}, texts, Booleans, lists and records. A path names a process variable and
 * stands for its SID (a handle is written {@code {handle : v, rights : n}}, §16 item 24).
 */
final class MessageValues {
  /** The SID of a process variable, or null when no variable has that name. */
  interface Sids {
    Long sidOf(String variable);
  }

  private final Sids sids;

  MessageValues(Sids sids) {
    this.sids = sids;
  }

  Object eval(JsonNode n) throws StepException {
    if (n.has("int")) {
      return new BigInteger(n.get("int").asText());
    }
    if (n.has("text")) {
      return n.get("text").asText();
    }
    if (n.has("bool")) {
      return n.get("bool").asBoolean();
    }
    if (n.has("list")) {
      List<Object> out = new ArrayList<>();
      for (JsonNode item : n.get("list")) {
        out.add(eval(item));
      }
      return out;
    }
    if (n.has("record")) {
      return record(n.get("record"));
    }
    if (n.has("path")) {
      return path(n.get("path"));
    }
    if (n.has("op")) {
      return operator(n);
    }
    throw new StepException("a test message holds constants and process variables only; found " + n);
  }

  Map<String, Object> record(JsonNode fields) throws StepException {
    Map<String, Object> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = fields.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> f = it.next();
      out.put(f.getKey(), eval(f.getValue()));
    }
    return out;
  }

  private Object path(JsonNode p) throws StepException {
    String head = p.get("head").asText();
    Long sid = p.get("steps").isEmpty() ? sids.sidOf(head) : null;
    if (sid == null) {
      throw new StepException("'" + head + "' in a test message is not a process variable (bind it with '" + head
          + " <- execute dst=<class>')");
    }
    return BigInteger.valueOf(sid);
  }

  /** Integer operators on constants, as the checker lets them through. */
  private Object operator(JsonNode n) throws StepException {
    String op = n.get("op").asText();
    if (n.has("operand")) {
      Object v = eval(n.get("operand"));
      if (op.equals("~") && v instanceof BigInteger i) {
        return i.not();
      }
      if (op.equals("!") && v instanceof Boolean b) {
        return !b;
      }
      throw new StepException("cannot apply '" + op + "' to " + v + " in a test message");
    }
    Object l = eval(n.get("left"));
    Object r = eval(n.get("right"));
    if (l instanceof BigInteger a && r instanceof BigInteger b) {
      switch (op) {
        case "+":
          return a.add(b);
        case "-":
          return a.subtract(b);
        case "*":
          return a.multiply(b);
        case "&":
          return a.and(b);
        case "|":
          return a.or(b);
        default:
          break;
      }
    }
    throw new StepException("cannot compute " + l + " " + op + " " + r + " in a test message");
  }
}
