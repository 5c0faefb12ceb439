package org.kos.psl.ast;

import java.math.BigInteger;
import java.util.List;
import org.kos.nkc.diag.SourceSpan;

/** Top-level declarations of a policy file (spec §3), in any order across all files. */
public sealed interface Decl permits Decl.ExecuteInterface, Decl.Use, Decl.UseEdl, Decl.TaskClass, Decl.PolicyObject,
    Decl.TypeAlias, Decl.Binding, Decl.AuditProfile, Decl.AuditDefault, Decl.TestSet, Decl.Model {
  SourceSpan span();

  /** {@code execute : kl.core.Execute}. */
  record ExecuteInterface(QName iface, SourceSpan span) implements Decl {}

  /** {@code use a.b._}: includes {@code a/b.psl} from the search path. */
  record Use(QName fragment, SourceSpan span) implements Decl {}

  /** {@code use EDL a.b.C}. */
  record UseEdl(QName className, SourceSpan span) implements Decl {}

  /** {@code task class X : a.b.C} (1.3); {@code edl} is null in the bare form {@code task class X}. */
  record TaskClass(QName className, QName edl, SourceSpan span) implements Decl {}

  /** {@code policy object name : Model { type T = ...  config = ... }}; {@code config} may be null. */
  record PolicyObject(Name name, Name model, List<TypeAlias> types, Expr config, SourceSpan span) implements Decl {
    public PolicyObject {
      types = List.copyOf(types);
    }
  }

  /** {@code type X = T}: inside a policy object, or at top level in the SDK's model files. */
  record TypeAlias(Name name, TypeExpr type, SourceSpan span) implements Decl {}

  /** {@code request src=a.A dst=b.B { ... }}. */
  record Binding(EventKind kind, SourceSpan kindSpan, List<Selector> selectors, Body body, SourceSpan span)
      implements Decl {
    public Binding {
      selectors = List.copyOf(selectors);
    }
  }

  /** {@code audit profile name = { level : { object : { kss : [...] } } }}. */
  record AuditProfile(Name name, List<AuditLevel> levels, SourceSpan span) implements Decl {
    public AuditProfile {
      levels = List.copyOf(levels);
    }
  }

  record AuditLevel(BigInteger level, SourceSpan levelSpan, List<AuditObject> objects) {
    public AuditLevel {
      objects = List.copyOf(objects);
    }
  }

  record AuditObject(Name object, List<AuditCondition> conditions) {
    public AuditObject {
      conditions = List.copyOf(conditions);
    }
  }

  /** {@code kss : ["granted"]}, {@code omit : [...]}, {@code emit : [...]}. */
  record AuditCondition(Name key, List<Expr.Text> values, SourceSpan span) {
    public AuditCondition {
      values = List.copyOf(values);
    }
  }

  /** {@code audit default = profile level}. */
  record AuditDefault(Name profile, BigInteger level, SourceSpan levelSpan, SourceSpan span) implements Decl {}

  /** {@code assert "name" { setup {...} sequence "t" {...} ... finally {...} }} (PAL). */
  record TestSet(Expr.Text name, List<Step> setup, List<Sequence> sequences, List<Step> cleanup, SourceSpan span)
      implements Decl {
    public TestSet {
      setup = List.copyOf(setup);
      sequences = List.copyOf(sequences);
      cleanup = List.copyOf(cleanup);
    }
  }

  record Sequence(Expr.Text name, List<Step> steps, SourceSpan span) {
    public Sequence {
      steps = List.copyOf(steps);
    }
  }

  /**
   * {@code model Name [auditable] { ... }}: a security model's signature, only in the SDK's model files
   * ({@code nk/*.psl}). The engine implements the model; this says how policies may call it.
   */
  record Model(Name name, boolean auditable, List<Name> parameters, TypeExpr config, List<ModelMethod> methods,
      List<ModelAudit> audit, SourceSpan span) implements Decl {
    public Model {
      parameters = List.copyOf(parameters);
      methods = List.copyOf(methods);
      audit = List.copyOf(audit);
    }
  }

  /** {@code [global] rule name ArgType} or {@code [global] expression name ArgType : ResultType}. */
  record ModelMethod(Name name, boolean rule, boolean global, TypeExpr argument, TypeExpr result, SourceSpan span) {}

  /** {@code audit omit : Set<State>}: a model-specific audit condition and the type of its values. */
  record ModelAudit(Name key, TypeExpr type) {}
}
