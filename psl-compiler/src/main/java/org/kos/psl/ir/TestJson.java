package org.kos.psl.ir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.kos.psl.ast.Decl;
import org.kos.psl.ast.Step;

/** PAL test sets as IR: setup, sequences and finally, each step with its expected decision. */
final class TestJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private TestJson() {}

  static ObjectNode of(Decl.TestSet t, ExpressionJson exprs) {
    ObjectNode n = JSON.objectNode();
    n.put("name", t.name() == null ? null : t.name().value());
    n.set("setup", steps(t.setup(), exprs));
    ArrayNode sequences = n.putArray("sequences");
    for (Decl.Sequence s : t.sequences()) {
      ObjectNode sn = sequences.addObject();
      sn.put("name", s.name() == null ? null : s.name().value());
      sn.set("steps", steps(s.steps(), exprs));
    }
    n.set("finally", steps(t.cleanup(), exprs));
    n.set("at", PolicyIr.position(t.span()));
    return n;
  }

  private static ArrayNode steps(List<Step> steps, ExpressionJson exprs) {
    ArrayNode out = JSON.arrayNode();
    for (Step step : steps) {
      ObjectNode n = out.addObject();
      if (step instanceof Step.Spawn s) {
        n.put("bind", s.variable().text());
        n.put("event", "execute");
        n.put("expect", "grant");
        n.set("selectors", PolicyIr.selectors(s.selectors()));
      } else if (step instanceof Step.Event e) {
        n.put("name", e.header() == null ? null : e.header().value());
        n.put("event", e.kind().keyword());
        n.put("expect", verdict(e.verdict()));
        n.set("selectors", PolicyIr.selectors(e.selectors()));
        n.set("message", e.message() == null ? JSON.objectNode() : exprs.of(e.message()).get("record"));
      } else if (step instanceof Step.Call c) {
        n.put("name", c.header() == null ? null : c.header().value());
        n.put("event", "request");
        n.put("expect", verdict(c.verdict()));
        ObjectNode sel = n.putObject("selectors");
        sel.put("src", c.client().text());
        sel.put("dst", c.server().text());
        sel.put("endpoint", c.path().init().text());
        sel.put("method", c.path().last().text());
        n.set("message", c.message() == null ? JSON.objectNode() : exprs.of(c.message()).get("record"));
      }
      n.set("at", PolicyIr.position(step.span()));
    }
    return out;
  }

  private static String verdict(Step.Verdict v) {
    return v == null ? "grant" : v.name().toLowerCase(Locale.ROOT);
  }
}
