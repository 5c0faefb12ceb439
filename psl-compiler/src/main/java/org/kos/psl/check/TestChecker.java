package org.kos.psl.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceSpan;
import org.kos.psl.ast.Decl;
import org.kos.psl.ast.EventKind;
import org.kos.psl.ast.Expr;
import org.kos.psl.ast.Name;
import org.kos.psl.ast.QName;
import org.kos.psl.ast.Selector;
import org.kos.psl.ast.SelectorKey;
import org.kos.psl.ast.Step;
import org.kos.psl.model.ProcessClass;
import org.kos.psl.rules.PslRule;
import org.kos.psl.types.Assignability;
import org.kos.psl.types.PslType;

/**
 * PAL test sets (spec §11): process variables bound by {@code v <- execute} steps, selectors naming
 * variables or classes, and message values checked against the method's parameters.
 */
final class TestChecker {
  private final Map<String, ProcessClass> classes;
  private final SelectorResolver selectors;
  private final ExpressionTyper typer;
  private final Diagnostics diagnostics;

  TestChecker(Map<String, ProcessClass> classes, SelectorResolver selectors, ExpressionTyper typer,
      Diagnostics diagnostics) {
    this.classes = classes;
    this.selectors = selectors;
    this.typer = typer;
    this.diagnostics = diagnostics;
  }

  void check(Decl.TestSet set) {
    Map<String, String> setup = new HashMap<>();
    steps(set.setup(), setup);
    for (Decl.Sequence s : set.sequences()) {
      Map<String, String> vars = new HashMap<>(setup);
      steps(s.steps(), vars);
      steps(set.cleanup(), new HashMap<>(vars));
    }
  }

  private void steps(List<Step> steps, Map<String, String> vars) {
    for (Step step : steps) {
      if (step instanceof Step.Spawn sp) {
        List<Selector> sels = substitute(sp.selectors(), vars);
        if (sels == null) {
          continue;
        }
        EventContext ctx = selectors.apply(EventContext.of(EventKind.EXECUTE), sels, true);
        String dst = ctx == null ? null : ctx.get(SelectorKey.DST);
        if (dst == null && sels.stream().noneMatch(s -> s.key() == SelectorKey.DST)) {
          diagnostics.report(PslRule.PS0104.at(sp.span(), "'" + sp.variable().text() + " <- execute' needs dst=<class>"));
        }
        vars.put(sp.variable().text(), dst == null ? "" : dst);
      } else if (step instanceof Step.Event ev) {
        List<Selector> sels = substitute(ev.selectors(), vars);
        if (sels != null) {
          EventContext ctx = selectors.apply(EventContext.of(ev.kind()), sels, true);
          message(ev.message(), ctx, vars);
        }
      } else if (step instanceof Step.Call c) {
        String client = variable(c.client(), vars);
        String server = variable(c.server(), vars);
        if (client == null || server == null || c.path().parts().size() < 2) {
          if (c.path().parts().size() < 2) {
            diagnostics.report(PslRule.PS0104.at(c.path().span(), "write 'client ~> server : endpoint.Method'"));
          }
          continue;
        }
        List<Selector> sels = new ArrayList<>();
        sels.add(selector(SelectorKey.SRC, client, c.client().span()));
        sels.add(selector(SelectorKey.DST, server, c.server().span()));
        QName endpoint = c.path().init();
        sels.add(new Selector(SelectorKey.ENDPOINT, endpoint, endpoint.span()));
        sels.add(new Selector(SelectorKey.METHOD, new QName(List.of(c.path().last()), c.path().last().span()),
            c.path().last().span()));
        message(c.message(), selectors.apply(EventContext.of(EventKind.REQUEST), sels, true), vars);
      }
    }
  }

  /** Selectors with variables replaced by their classes; null after reporting an unknown variable. */
  private List<Selector> substitute(List<Selector> in, Map<String, String> vars) {
    List<Selector> out = new ArrayList<>();
    for (Selector s : in) {
      if (s.key() == SelectorKey.SRC || s.key() == SelectorKey.DST) {
        String name = s.value().text();
        if (vars.containsKey(name)) {
          if (vars.get(name).isEmpty()) {
            return null;
          }
          out.add(selector(s.key(), vars.get(name), s.value().span()));
          continue;
        }
        if (!classes.containsKey(name) && s.value().parts().size() == 1) {
          String best = org.kos.nkc.resolve.Suggest.closest(name, vars.keySet());
          diagnostics.report(PslRule.PS0701.at(s.value().span(), "'" + name + "' is neither a process variable bound "
              + "by 'v <- execute ...' nor a class" + (best != null ? "; did you mean '" + best + "'?" : "")));
          return null;
        }
      }
      out.add(s);
    }
    return out;
  }

  private String variable(Name n, Map<String, String> vars) {
    String c = vars.get(n.text());
    if (c == null) {
      String best = org.kos.nkc.resolve.Suggest.closest(n.text(), vars.keySet());
      diagnostics.report(PslRule.PS0701.at(n.span(), "'" + n.text() + "' is not a process variable"
          + (best != null ? "; did you mean '" + best + "'?" : ": bind it first with '" + n.text()
          + " <- execute dst=<class>'")));
      return null;
    }
    return c.isEmpty() ? null : c;
  }

  private static Selector selector(SelectorKey key, String value, SourceSpan span) {
    return new Selector(key, new QName(List.of(new Name(value, span)), span), span);
  }

  /** Message values are constants, and process variables stand for their SIDs (handles, spec §16 item 24). */
  private static ExpressionTyper.Scope values(Map<String, String> vars) {
    return new ExpressionTyper.Scope() {
      @Override
      public EventKind kind() {
        return null;
      }

      @Override
      public PslType message(SourceSpan at) {
        return null;
      }

      @Override
      public PslType variable(String name) {
        return vars.containsKey(name) ? new PslType.Int(org.kos.psl.types.IntType.UINT32) : null;
      }
    };
  }

  private void message(Expr.Record record, EventContext ctx, Map<String, String> vars) {
    if (record == null || ctx == null || ctx.unresolved || ctx.get(SelectorKey.METHOD) == null) {
      return;
    }
    List<org.kos.nkc.model.Method> methods = selectors.methods(ctx);
    if (methods.isEmpty()) {
      return;
    }
    PslType.Dict message = NkTypes.message(methods.get(0), SelectorResolver.direction(ctx.kind));
    for (Expr.Field f : record.fields()) {
      PslType want = message.fields().get(f.name().text());
      if (want == null) {
        diagnostics.report(PslRule.PS0207.at(f.name().span(), "the message has no field '" + f.name().text() + "'"
            + (message.fields().isEmpty() ? "" : " (fields: " + String.join(", ", message.fields().keySet()) + ")")));
        continue;
      }
      PslType have = typer.type(f.value(), values(vars));
      if (have instanceof PslType.Dict d && d.literal() && want.equals(NkTypes.of(
          new org.kos.nkc.model.Type.Handle(null), 0))) {
        continue; // a handle given as {handle : v, rights : n}, v a process variable
      }
      if (have != PslType.Any.INSTANCE && !Assignability.assignable(have, want)) {
        diagnostics.report(PslRule.PS0401.at(f.value().span(), "field '" + f.name().text() + "' is " + want.display()
            + "; found " + have.display()));
      }
    }
  }
}
