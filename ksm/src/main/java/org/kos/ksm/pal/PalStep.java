package org.kos.ksm.pal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kos.ksm.engine.EventKind;

/**
 * One step of a test as the IR gives it (docs/psl-ir.md, {@code tests}): the event, its selectors
 * (process variables or classes), the message record, the expectation, the variable a
 * {@code v <- execute} binds, and where it is ({@code file:line}).
 */
record PalStep(String phase, int index, String name, String bind, EventKind kind, Expectation expect,
    Map<String, String> selectors, JsonNode message, String at) {

  static PalStep of(JsonNode n, String phase, int index) {
    Map<String, String> sel = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = n.path("selectors").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> s = it.next();
      sel.put(s.getKey(), s.getValue().asText());
    }
    JsonNode at = n.path("at");
    String where = at.isMissingNode() || at.isNull() ? "?" : at.path("file").asText() + ":" + at.path("line").asInt();
    return new PalStep(phase, index, text(n.path("name")), text(n.path("bind")), EventKind.of(n.path("event").asText()),
        Expectation.of(n.path("expect").asText("grant")), Map.copyOf(sel), n.path("message"), where);
  }

  private static String text(JsonNode n) {
    return n.isMissingNode() || n.isNull() ? null : n.asText();
  }

  /** {@code "small add"}, or the step written out when it has no name: {@code c <- execute dst=demo.Client}. */
  String describe() {
    if (name != null) {
      return "\"" + name + "\"";
    }
    StringBuilder b = new StringBuilder();
    if (bind != null) {
      b.append(bind).append(" <- ");
    } else {
      b.append(expect.keyword()).append(' ');
    }
    b.append(kind.keyword());
    for (String key : new String[] {"src", "dst", "endpoint", "interface", "component", "method"}) {
      if (selectors.containsKey(key)) {
        b.append(' ').append(key).append('=').append(selectors.get(key));
      }
    }
    return b.toString();
  }
}
