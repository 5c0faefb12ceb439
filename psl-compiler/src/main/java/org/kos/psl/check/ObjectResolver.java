package org.kos.psl.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.resolve.Suggest;
import org.kos.psl.ast.Decl;
import org.kos.psl.ast.Expr;
import org.kos.psl.model.MethodSignature;
import org.kos.psl.model.ModelObject;
import org.kos.psl.model.SecurityModel;
import org.kos.psl.rules.PslRule;
import org.kos.psl.types.Assignability;
import org.kos.psl.types.PslType;

/**
 * Policy objects: each declaration's model, type parameters and configuration checked against the
 * model's signature (PS05xx), and its methods typed with the parameters filled in.
 */
final class ObjectResolver {
  /** Which SDK file declares each standard model, for "add use nk.flow._" hints. */
  static final Map<String, String> MODEL_FILES = Map.of("Base", "nk.base", "Pred", "nk.basic", "Bool", "nk.basic",
      "Math", "nk.basic", "Struct", "nk.basic", "Regex", "nk.regex", "HashSet", "nk.hashmap",
      "StaticMap", "nk.staticmap", "Flow", "nk.flow", "Mic", "nk.mic");

  private final Declarations declarations;
  private final TypeResolver types;
  private final ExpressionTyper typer;
  private final Diagnostics diagnostics;

  ObjectResolver(Declarations declarations, TypeResolver types, ExpressionTyper typer, Diagnostics diagnostics) {
    this.declarations = declarations;
    this.types = types;
    this.typer = typer;
    this.diagnostics = diagnostics;
  }

  Map<String, ModelObject> resolveAll() {
    Map<String, ModelObject> out = new LinkedHashMap<>();
    for (Decl.PolicyObject o : declarations.objects.values()) {
      ModelObject resolved = resolve(o, declarations.sdkObjects.getOrDefault(o, false));
      if (resolved != null) {
        out.put(resolved.name(), resolved);
      }
    }
    return out;
  }

  private ModelObject resolve(Decl.PolicyObject o, boolean sdk) {
    SecurityModel model = declarations.models.get(o.model().text());
    if (model == null) {
      String file = MODEL_FILES.get(o.model().text());
      String message;
      if (file != null) {
        message = "model " + o.model().text() + " is declared in " + file.replace('.', '/') + ".psl: add 'use "
            + file + "._'";
      } else {
        String best = Suggest.closest(o.model().text(), MODEL_FILES.keySet());
        message = "unknown security model '" + o.model().text() + "'" + (best == null
            ? "; the models are Base, Regex, HashSet, StaticMap, Flow and Mic" : "; did you mean '" + best + "'?");
      }
      diagnostics.report(PslRule.PS0501.at(o.model().span(), message));
      return null;
    }
    Map<String, PslType> params = parameters(o, model);
    Map<String, MethodSignature> methods = new LinkedHashMap<>();
    for (Decl.ModelMethod m : model.declaration().methods()) {
      PslType arg = types.resolve(m.argument(), params);
      PslType result = m.rule() ? PslType.Decision.INSTANCE : types.resolve(m.result(), params);
      methods.put(m.name().text(), new MethodSignature(m.name().text(), m.rule(), m.global(), arg, result));
    }
    Map<String, PslType> audit = new LinkedHashMap<>();
    for (Decl.ModelAudit a : model.declaration().audit()) {
      audit.put(a.key().text(), types.resolve(a.type(), params));
    }
    checkConfig(o, model, params);
    return new ModelObject(o.name().text(), model, params, methods, audit, o, sdk);
  }

  /** The object's {@code type} declarations matched to the model's parameters. */
  private Map<String, PslType> parameters(Decl.PolicyObject o, SecurityModel model) {
    Map<String, PslType> params = new LinkedHashMap<>();
    List<Decl.TypeAlias> given = new ArrayList<>(o.types());
    for (String p : model.parameters()) {
      Decl.TypeAlias match = given.stream().filter(t -> t.name().text().equals(p)).findFirst().orElse(null);
      if (match == null && model.parameters().size() == 1 && given.size() == 1) {
        match = given.get(0);
        diagnostics.report(PslRule.PS0504.at(match.name().span(), "model " + model.name() + " calls its type parameter '"
            + p + "'; '" + match.name().text() + "' is taken as it (write 'type " + p + " = ...')"));
      }
      if (match == null) {
        diagnostics.report(PslRule.PS0502.at(o.name().span(), "object '" + o.name().text() + "' of model "
            + model.name() + " needs 'type " + p + " = ...'"));
        params.put(p, PslType.Any.INSTANCE);
        continue;
      }
      given.remove(match);
      params.put(p, types.resolve(match.type(), Map.of()));
    }
    for (Decl.TypeAlias extra : given) {
      diagnostics.report(PslRule.PS0502.at(extra.name().span(), "model " + model.name() + " has no type parameter '"
          + extra.name().text() + "'" + (model.parameters().isEmpty() ? "" : "; its parameters are "
          + String.join(", ", model.parameters()))));
    }
    return params;
  }

  private void checkConfig(Decl.PolicyObject o, SecurityModel model, Map<String, PslType> params) {
    if (model.declaration().config() == null) {
      if (o.config() != null) {
        diagnostics.report(PslRule.PS0502.at(o.config().span(), "model " + model.name() + " takes no config"));
      }
      return;
    }
    PslType wanted = types.resolve(model.declaration().config(), params);
    if (o.config() == null) {
      diagnostics.report(PslRule.PS0502.at(o.name().span(), "object '" + o.name().text() + "' of model "
          + model.name() + " needs 'config = " + wanted.display() + "'"));
      return;
    }
    PslType have = typer.constant(o.config());
    if (have == PslType.Any.INSTANCE) {
      return;
    }
    String fields = Assignability.fieldMismatch(have, wanted);
    if (fields != null) {
      diagnostics.report(PslRule.PS0502.at(o.config().span(), "config of '" + o.name().text() + "': " + fields
          + "; expected " + wanted.display()));
      return;
    }
    if (!Assignability.assignable(have, wanted)) {
      diagnostics.report(PslRule.PS0502.at(o.config().span(), "config of '" + o.name().text() + "' does not fit "
          + wanted.display()));
      return;
    }
    if (model.name().equals("Flow")) {
      checkFlow(o, params.get("State"));
    }
  }

  /** Flow: the states listed must be exactly the State type's values (spec §16 item 18). */
  private void checkFlow(Decl.PolicyObject o, PslType state) {
    if (!(o.config() instanceof Expr.Record r)) {
      return;
    }
    Set<String> declared = textValues(state);
    for (Expr.Field f : r.fields()) {
      if (f.name().text().equals("states") && f.value() instanceof Expr.ListOf l && declared != null) {
        Set<String> listed = new LinkedHashSet<>();
        for (Expr item : l.items()) {
          if (item instanceof Expr.Text t && !listed.add(t.value())) {
            diagnostics.report(PslRule.PS0503.at(t.span(), "state \"" + t.value() + "\" is listed twice"));
          }
        }
        Set<String> missing = new LinkedHashSet<>(declared);
        missing.removeAll(listed);
        if (!missing.isEmpty()) {
          diagnostics.report(PslRule.PS0503.at(l.span(), "states must list every value of the State type; missing: "
              + String.join(", ", missing.stream().map(s -> "\"" + s + "\"").toList())));
        }
      }
    }
  }

  /** The text literals a variant of text literals allows, or null when the type is not one. */
  static Set<String> textValues(PslType t) {
    Set<String> out = new LinkedHashSet<>();
    if (t instanceof PslType.TextLiteral l) {
      out.add(l.value());
      return out;
    }
    if (t instanceof PslType.Variant v) {
      for (PslType a : v.alternatives()) {
        Set<String> inner = textValues(a);
        if (inner == null) {
          return null;
        }
        out.addAll(inner);
      }
      return out;
    }
    return null;
  }
}
