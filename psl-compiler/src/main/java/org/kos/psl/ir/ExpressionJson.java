package org.kos.psl.ir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.kos.psl.ast.Expr;
import org.kos.psl.ast.Name;
import org.kos.psl.model.CallTarget;

/**
 * Expressions as IR: one single-key object per node ({@code {"int": "5"}}, {@code {"call": {...}}},
 * {@code {"op": "+", ...}}), integers as decimal strings so 64-bit values survive any JSON reader,
 * parentheses dropped (the tree is the grouping), calls resolved to object, model and method.
 */
final class ExpressionJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Map<Expr.App, CallTarget> calls;

  ExpressionJson(Map<Expr.App, CallTarget> calls) {
    this.calls = calls;
  }

  JsonNode of(Expr e) {
    ObjectNode n = JSON.objectNode();
    if (e instanceof Expr.Int i) {
      n.put("int", i.value().toString());
    } else if (e instanceof Expr.Text t) {
      n.put("text", t.value());
    } else if (e instanceof Expr.Bool b) {
      n.put("bool", b.value());
    } else if (e instanceof Expr.Unit) {
      n.putObject("unit");
    } else if (e instanceof Expr.Paren p) {
      return of(p.inner());
    } else if (e instanceof Expr.ListOf l) {
      ArrayNode items = n.putArray("list");
      l.items().forEach(x -> items.add(of(x)));
    } else if (e instanceof Expr.Record r) {
      ObjectNode fields = n.putObject("record");
      r.fields().forEach(f -> fields.set(f.name().text(), of(f.value())));
    } else if (e instanceof Expr.Unary u) {
      n.put("op", u.op().symbol);
      n.set("operand", of(u.operand()));
    } else if (e instanceof Expr.Binary b) {
      n.put("op", b.op().symbol);
      n.set("left", of(b.left()));
      n.set("right", of(b.right()));
    } else if (e instanceof Expr.Path p) {
      ObjectNode path = n.putObject("path");
      path.put("head", p.head().first().text());
      ArrayNode steps = path.putArray("steps");
      for (Name part : p.head().parts().subList(1, p.head().parts().size())) {
        steps.addObject().put("field", part.text());
      }
      for (Expr.Access a : p.accesses()) {
        if (a.field() != null) {
          steps.addObject().put("field", a.field().text());
        } else {
          steps.addObject().set("index", of(a.index()));
        }
      }
    } else if (e instanceof Expr.App a) {
      ObjectNode call = n.putObject("call");
      CallTarget t = calls.get(a);
      call.put("object", t == null ? a.callee().init() == null ? null : a.callee().init().text() : t.object().name());
      call.put("model", t == null ? null : t.object().model().name());
      call.put("method", a.callee().last().text());
      call.put("rule", t != null && t.method().rule());
      call.set("argument", of(a.argument()));
    }
    return n;
  }
}
