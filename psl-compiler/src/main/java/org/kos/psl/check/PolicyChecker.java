package org.kos.psl.check;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceSpan;
import org.kos.psl.ast.Decl;
import org.kos.psl.ast.EventKind;
import org.kos.psl.ast.Expr;
import org.kos.psl.ast.Stmt;
import org.kos.psl.model.CallTarget;
import org.kos.psl.model.ModelObject;
import org.kos.psl.model.Policy;
import org.kos.psl.resolve.ClassTable;
import org.kos.psl.resolve.LoadedPolicy;
import org.kos.psl.rules.PslRule;

/**
 * Checks one top-level policy with its fragments: declarations, objects, audit, every binding and
 * test, and the policy-wide warnings (no execute binding, grant-everything bindings). Returns the
 * resolved policy; diagnostics go to {@code diagnostics}.
 */
public final class PolicyChecker {
  private PolicyChecker() {}

  public static Policy check(LoadedPolicy loaded, ClassTable table, Diagnostics diagnostics) {
    Declarations decls = new Declarations(loaded, table, diagnostics);
    TypeResolver types = new TypeResolver(decls.aliases, diagnostics);
    Map<Expr.App, CallTarget> calls = new IdentityHashMap<>();
    ExpressionTyper typer = new ExpressionTyper(ObjectResolver.MODEL_FILES, calls, diagnostics);
    Map<String, ModelObject> objects = new ObjectResolver(decls, types, typer, diagnostics).resolveAll();
    typer.objects(objects);
    typer.unresolvedObjects(decls.objects.keySet().stream().filter(n -> !objects.containsKey(n))
        .collect(java.util.stream.Collectors.toSet()));
    new AuditChecker(objects, diagnostics).check(decls.profiles, decls.auditDefault);
    SelectorResolver selectors = new SelectorResolver(decls.classes, table.model(), diagnostics);
    BindingChecker bindings = new BindingChecker(selectors, typer, calls, decls.profiles.keySet(), diagnostics);
    decls.bindings.forEach(bindings::check);
    TestChecker tests = new TestChecker(decls.classes, selectors, typer, diagnostics);
    decls.tests.forEach(tests::check);
    grantsEverything(decls, calls, diagnostics);
    if (decls.bindings.stream().noneMatch(b -> b.kind() == EventKind.EXECUTE)) {
      SourceSpan at = loaded.root().declarations().isEmpty()
          ? loaded.root().source().file().span(0, 0) : loaded.root().declarations().get(0).span();
      diagnostics.report(PslRule.PS0308.at(at, "the policy has no execute binding: every process start is denied, "
          + "even Einit's; add e.g. 'execute src=kl.core.Core { grant () }' (the kernel starts itself and Einit) "
          + "and 'execute src=Einit { grant () }' (Einit starts the programs)"));
    }
    return new Policy(loaded.root(), table.model(), loaded.files(),
        decls.executeInterface == null ? "kl.core.Execute" : decls.executeInterface.iface().text(),
        new TreeMap<>(decls.classes), decls.models, objects, decls.bindings, decls.profiles, decls.auditDefault,
        decls.tests, calls);
  }

  /** PS0309: a binding without selectors whose body grants unconditionally. */
  private static void grantsEverything(Declarations decls, Map<Expr.App, CallTarget> calls, Diagnostics diagnostics) {
    java.util.Set<SourceSpan> reportedUses = new java.util.HashSet<>();
    for (Decl.Binding b : decls.bindings) {
      if (!b.selectors().isEmpty() || !grantsUnconditionally(b, calls)) {
        continue;
      }
      String danger = switch (b.kind()) {
        case REQUEST -> "every process may call every method of every server and of the kernel, including the "
            + "kl.core methods marked dangerous in docs/kernel.md";
        case EXECUTE -> "every process may start every program";
        case SECURITY -> "every security-interface check passes, so programs' own access checks never deny";
        default -> null;
      };
      if (danger == null) {
        continue; // a reply reaches only a caller whose request was allowed: common and harmless
      }
      SourceSpan use = decls.sdkBindingUse.get(b);
      if (use != null) {
        if (reportedUses.add(use)) {
          diagnostics.report(PslRule.PS0309.at(use, "this fragment grants every event of every kind: every process "
              + "may start every program and call every method of every server and of the kernel; for development "
              + "only"));
        }
        continue;
      }
      diagnostics.report(PslRule.PS0309.at(b.kindSpan(), "'" + b.kind().keyword() + " { grant () }' grants every "
          + b.kind().keyword() + " event: " + danger + (b.kind() == EventKind.SECURITY
          ? "; name the asking classes with src= selectors" : "; name the classes with src=/dst= selectors")));
    }
  }

  private static boolean grantsUnconditionally(Decl.Binding b, Map<Expr.App, CallTarget> calls) {
    for (Stmt s : b.body().statements()) {
      if (s instanceof Stmt.Call c && c.expr() instanceof Expr.App a) {
        CallTarget t = calls.get(a);
        if (t != null && t.object().model().name().equals("Base") && t.method().name().equals("grant")) {
          return true;
        }
      }
    }
    return false;
  }
}
