package org.kos.psl.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceSpan;
import org.kos.nkc.model.Method;
import org.kos.psl.ast.Body;
import org.kos.psl.ast.Decl;
import org.kos.psl.ast.EventKind;
import org.kos.psl.ast.Expr;
import org.kos.psl.ast.SelectorKey;
import org.kos.psl.ast.Stmt;
import org.kos.psl.model.CallTarget;
import org.kos.psl.rules.PslRule;
import org.kos.psl.types.PslType;

/**
 * Checks bindings: their selectors, every statement (a rule call, a match section, a choice) and
 * the expressions in them, with {@code message} typed from the method the selectors fix.
 */
final class BindingChecker {
  private final SelectorResolver selectors;
  private final ExpressionTyper typer;
  private final Map<Expr.App, CallTarget> calls;
  private final Set<String> profiles;
  private final Diagnostics diagnostics;

  BindingChecker(SelectorResolver selectors, ExpressionTyper typer, Map<Expr.App, CallTarget> calls,
      Set<String> profiles, Diagnostics diagnostics) {
    this.selectors = selectors;
    this.typer = typer;
    this.calls = calls;
    this.profiles = profiles;
    this.diagnostics = diagnostics;
  }

  void check(Decl.Binding b) {
    EventContext ctx = selectors.apply(EventContext.of(b.kind()), b.selectors(), true);
    body(b.body(), ctx == null ? EventContext.of(b.kind()).unresolvedCopy() : ctx);
  }

  private void body(Body body, EventContext ctx) {
    if (body.audit() != null && !profiles.contains(body.audit().text())) {
      diagnostics.report(PslRule.PS0603.at(body.audit().span(), "unknown audit profile '" + body.audit().text() + "'"));
    }
    ExpressionTyper.Scope scope = scope(ctx);
    for (Stmt s : body.statements()) {
      if (s instanceof Stmt.Call c) {
        call(c, scope);
      } else if (s instanceof Stmt.Match m) {
        EventContext inner = selectors.apply(ctx, m.selectors(), false);
        body(m.body(), inner == null ? ctx.unresolvedCopy() : inner);
      } else if (s instanceof Stmt.Choice c) {
        choice(c, ctx, scope);
      }
    }
  }

  private void call(Stmt.Call c, ExpressionTyper.Scope scope) {
    Expr e = c.expr();
    PslType t = typer.type(e, scope);
    if (!(e instanceof Expr.App a)) {
      diagnostics.report(PslRule.PS0304.at(e.span(), "'" + e.span().text().strip() + "' is not a rule call: a "
          + "statement calls a rule (grant (), assert (...), deny (...), object.rule {...})"
          + (t == PslType.Bool.INSTANCE ? "; to require it, write assert (" + e.span().text().strip() + ")" : "")));
      return;
    }
    CallTarget target = calls.get(a);
    if (target != null && !target.method().rule()) {
      diagnostics.report(PslRule.PS0304.at(a.callee().span(), "'" + a.callee().text() + "' is an expression: it "
          + "has a value but decides nothing"
          + (target.method().result() == PslType.Bool.INSTANCE ? "; wrap it: assert (" + a.span().text().strip() + ")"
          : "")));
    }
  }

  private void choice(Stmt.Choice c, EventContext ctx, ExpressionTyper.Scope scope) {
    PslType head = typer.value(c.head(), scope);
    boolean regex = isRegexSelect(c.head());
    Set<String> values = ObjectResolver.textValues(head);
    boolean any = head == PslType.Any.INSTANCE;
    if (!regex && !any && values == null && head != PslType.Text.INSTANCE) {
      diagnostics.report(PslRule.PS0307.at(c.head().span(), "a choice selects by a text: its head is a query such as "
          + "flow.query {sid : ...}, re.select {text : ...} or mic.query_level {...}; this is " + head.display()));
    }
    Set<String> labels = new LinkedHashSet<>();
    boolean wildcard = false;
    for (Stmt.Alternative alt : c.alternatives()) {
      if (alt.label() == null) {
        if (wildcard) {
          diagnostics.report(PslRule.PS0306.at(alt.labelSpan(), "a second '_' alternative is never selected"));
        }
        wildcard = true;
      } else if (!labels.add(alt.label())) {
        diagnostics.report(PslRule.PS0306.at(alt.labelSpan(), "\"" + alt.label() + "\" is listed twice; the second "
            + "is never selected"));
      } else if (regex) {
        RegexDialect.check(alt.label(), alt.labelSpan(), diagnostics);
      } else if (values != null && !values.contains(alt.label())) {
        diagnostics.report(PslRule.PS0306.at(alt.labelSpan(), "\"" + alt.label() + "\" is not a value of "
            + head.display() + "; this alternative is never selected"));
      }
      body(alt.body(), ctx);
    }
    if (!wildcard && !any) {
      if (values != null) {
        Set<String> missing = new LinkedHashSet<>(values);
        missing.removeAll(labels);
        if (!missing.isEmpty()) {
          diagnostics.report(PslRule.PS0305.at(c.span().file().span(c.span().start(), c.span().start() + 6),
              "no alternative for " + String.join(", ", missing.stream().map(s -> "\"" + s + "\"").toList())
                  + " and no '_': in those states no rule of this choice is called"));
        }
      } else {
        diagnostics.report(PslRule.PS0305.at(c.span().file().span(c.span().start(), c.span().start() + 6),
            "no '_' alternative: a value no alternative fits calls no rule of this choice"));
      }
    }
  }

  private boolean isRegexSelect(Expr head) {
    Expr e = head;
    while (e instanceof Expr.Paren p) {
      e = p.inner();
    }
    CallTarget t = e instanceof Expr.App a ? calls.get(a) : null;
    return t != null && t.object().model().name().equals("Regex") && t.method().name().equals("select");
  }

  private ExpressionTyper.Scope scope(EventContext ctx) {
    return new ExpressionTyper.Scope() {
      @Override
      public EventKind kind() {
        return ctx.kind;
      }

      @Override
      public PslType message(SourceSpan at) {
        return BindingChecker.this.message(ctx, at);
      }

      @Override
      public String messageName() {
        String part = switch (ctx.kind) {
          case RESPONSE -> "the response";
          case ERROR -> "the error";
          default -> "the request";
        };
        return part + " of method " + ctx.get(SelectorKey.METHOD);
      }
    };
  }

  private PslType message(EventContext ctx, SourceSpan at) {
    if (ctx.kind == EventKind.EXECUTE) {
      return SelectorResolver.empty();
    }
    if (ctx.unresolved) {
      return PslType.Any.INSTANCE;
    }
    if (ctx.get(SelectorKey.METHOD) == null) {
      if (!ctx.messageReported) {
        ctx.messageReported = true;
        diagnostics.report(PslRule.PS0303.at(at, "'message' needs the method: add method=... to the binding or "
            + "an enclosing match section, so that the message's fields are known"));
      }
      return PslType.Any.INSTANCE;
    }
    List<Method> methods = selectors.methods(ctx);
    if (methods.isEmpty()) {
      return PslType.Any.INSTANCE;
    }
    var direction = SelectorResolver.direction(ctx.kind);
    Method first = methods.get(0);
    for (Method m : methods) {
      if (!NkTypes.sameMessage(first, m, direction)) {
        if (!ctx.messageReported) {
          ctx.messageReported = true;
          diagnostics.report(PslRule.PS0303.at(at, "'message' is ambiguous: method " + first.name()
              + " has different parameters in " + String.join(", ", selectors.interfacesOf(ctx))
              + "; add interface= or endpoint= to fix one"));
        }
        return PslType.Any.INSTANCE;
      }
    }
    return NkTypes.message(first, direction);
  }
}
