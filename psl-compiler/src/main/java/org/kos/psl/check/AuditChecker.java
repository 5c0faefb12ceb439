package org.kos.psl.check;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.resolve.Suggest;
import org.kos.psl.ast.Decl;
import org.kos.psl.ast.Expr;
import org.kos.psl.model.ModelObject;
import org.kos.psl.rules.PslRule;
import org.kos.psl.types.Assignability;
import org.kos.psl.types.PslType;

/**
 * Audit profiles (spec §10): each level configures auditable objects with {@code kss} (which rule
 * results to audit) and the model's own conditions (Flow {@code omit}, Regex {@code emit}); the
 * default names a declared profile.
 */
final class AuditChecker {
  private static final Set<String> KSS = Set.of("granted", "denied");

  private final Map<String, ModelObject> objects;
  private final Diagnostics diagnostics;

  AuditChecker(Map<String, ModelObject> objects, Diagnostics diagnostics) {
    this.objects = objects;
    this.diagnostics = diagnostics;
  }

  void check(Map<String, Decl.AuditProfile> profiles, Decl.AuditDefault auditDefault) {
    for (Decl.AuditProfile p : profiles.values()) {
      Set<BigInteger> levels = new HashSet<>();
      for (Decl.AuditLevel level : p.levels()) {
        if (!levels.add(level.level())) {
          diagnostics.report(PslRule.PS0209.at(level.levelSpan(), "level " + level.level() + " is given twice"));
        }
        Set<String> seen = new HashSet<>();
        for (Decl.AuditObject o : level.objects()) {
          if (!seen.add(o.object().text())) {
            diagnostics.report(PslRule.PS0209.at(o.object().span(), "'" + o.object().text() + "' is configured twice "
                + "in level " + level.level()));
          }
          object(o);
        }
      }
    }
    if (auditDefault != null) {
      Decl.AuditProfile p = profiles.get(auditDefault.profile().text());
      if (p == null) {
        String best = Suggest.closest(auditDefault.profile().text(), profiles.keySet());
        diagnostics.report(PslRule.PS0603.at(auditDefault.profile().span(), "unknown audit profile '"
            + auditDefault.profile().text() + "'" + (best != null ? "; did you mean '" + best + "'?" : "")));
      } else if (!p.levels().isEmpty() && p.levels().stream().noneMatch(l -> l.level().equals(auditDefault.level()))) {
        diagnostics.report(PslRule.PS0603.at(auditDefault.levelSpan(), "profile '" + p.name().text() + "' has no level "
            + auditDefault.level() + "; its levels are " + String.join(", ",
            p.levels().stream().map(l -> l.level().toString()).toList())));
      }
    }
  }

  private void object(Decl.AuditObject a) {
    ModelObject o = objects.get(a.object().text());
    if (o == null) {
      String best = Suggest.closest(a.object().text(), objects.keySet());
      diagnostics.report(PslRule.PS0601.at(a.object().span(), "unknown object '" + a.object().text() + "'"
          + (best != null ? "; did you mean '" + best + "'?" : "")));
      return;
    }
    if (!o.model().auditable()) {
      diagnostics.report(PslRule.PS0601.at(a.object().span(), "objects of model " + o.model().name()
          + " cannot be audited; auditable are Base, Regex, HashSet, StaticMap, Flow and Mic objects"));
      return;
    }
    for (Decl.AuditCondition c : a.conditions()) {
      String key = c.key().text();
      if (key.equals("kss")) {
        for (Expr.Text v : c.values()) {
          if (v.value().equals("deny") || v.value().equals("grant")) {
            diagnostics.report(PslRule.PS0604.at(v.span(), "\"" + v.value() + "\" is the CE 0.0 spelling; write \""
                + (v.value().equals("deny") ? "denied" : "granted") + "\""));
          } else if (!KSS.contains(v.value())) {
            diagnostics.report(PslRule.PS0602.at(v.span(), "kss lists rule results: \"granted\" and \"denied\""));
          }
        }
        continue;
      }
      PslType type = o.auditConditions().get(key);
      if (type == null) {
        if (key.equals("omit") || key.equals("emit")) {
          diagnostics.report(PslRule.PS0604.at(c.key().span(), "model " + o.model().name() + " has no '" + key
              + "' condition; it is ignored"));
        } else {
          diagnostics.report(PslRule.PS0602.at(c.key().span(), "unknown audit condition '" + key + "'; "
              + (o.auditConditions().isEmpty() ? "objects of model " + o.model().name() + " take only kss"
              : "model " + o.model().name() + " takes kss and " + String.join(", ", o.auditConditions().keySet()))));
        }
        continue;
      }
      for (Expr.Text v : c.values()) {
        PslType element = type instanceof PslType.Collection col ? col.element() : type;
        if (!Assignability.assignable(new PslType.TextLiteral(v.value()), element)) {
          diagnostics.report(PslRule.PS0602.at(v.span(), "\"" + v.value() + "\" is not a value of " + element.display()));
        }
      }
    }
  }

}
