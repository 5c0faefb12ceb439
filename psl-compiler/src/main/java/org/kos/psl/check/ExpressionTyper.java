package org.kos.psl.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceSpan;
import org.kos.nkc.resolve.Suggest;
import org.kos.psl.ast.EventKind;
import org.kos.psl.ast.Expr;
import org.kos.psl.ast.Name;
import org.kos.psl.model.CallTarget;
import org.kos.psl.model.MethodSignature;
import org.kos.psl.model.ModelObject;
import org.kos.psl.rules.PslRule;
import org.kos.psl.types.Assignability;
import org.kos.psl.types.IntType;
import org.kos.psl.types.PslType;

/**
 * Types expressions (spec §6, §8): literals, {@code message} paths, {@code src_sid}/{@code dst_sid},
 * model method calls checked against their signatures, and the built-in operators of Pred, Bool and
 * Math. Every problem is reported once; the expression then has type {@code _} so nothing cascades.
 */
final class ExpressionTyper {
  /** Where an expression is evaluated: an event (with its message) or a constant (a config). */
  interface Scope {
    /** The event kind, or null for a constant context. */
    EventKind kind();

    /** The message's type, or {@code _} after reporting why it is not available here. */
    PslType message(SourceSpan at);

    /** What the message is, for diagnostics: "the request of method Add". */
    default String messageName() {
      return "the message";
    }

    /** The type of a name this scope adds (a PAL test's process variable: its SID), or null. */
    default PslType variable(String name) {
      return null;
    }
  }

  static final Scope CONSTANT = new Scope() {
    @Override
    public EventKind kind() {
      return null;
    }

    @Override
    public PslType message(SourceSpan at) {
      return null;
    }
  };

  private static final PslType SID = new PslType.Int(IntType.UINT32);

  private Map<String, ModelObject> objects = Map.of();
  private final Map<String, String> modelFiles;
  private final Map<Expr.App, CallTarget> calls;
  private final Diagnostics diagnostics;
  /** Missing-file hints already given (one per model file per policy). */
  private final Set<String> hinted = new java.util.HashSet<>();
  /** Objects whose model was not found (PS0501 at the declaration): their uses are not reported again. */
  private Set<String> unresolvedObjects = Set.of();

  ExpressionTyper(Map<String, String> modelFiles, Map<Expr.App, CallTarget> calls, Diagnostics diagnostics) {
    this.modelFiles = modelFiles;
    this.calls = calls;
    this.diagnostics = diagnostics;
  }

  void objects(Map<String, ModelObject> objects) {
    this.objects = objects;
  }

  void unresolvedObjects(Set<String> names) {
    this.unresolvedObjects = names;
  }

  /** The type of a constant expression (an object's config): literals, records and lists only. */
  PslType constant(Expr e) {
    return type(e, CONSTANT);
  }

  PslType type(Expr e, Scope scope) {
    if (e instanceof Expr.Int i) {
      return new PslType.IntLiteral(i.value());
    }
    if (e instanceof Expr.Text t) {
      return new PslType.TextLiteral(t.value());
    }
    if (e instanceof Expr.Bool) {
      return PslType.Bool.INSTANCE;
    }
    if (e instanceof Expr.Unit) {
      return PslType.Unit.INSTANCE;
    }
    if (e instanceof Expr.Paren p) {
      return type(p.inner(), scope);
    }
    if (e instanceof Expr.ListOf l) {
      List<PslType> items = new ArrayList<>();
      l.items().forEach(x -> items.add(value(x, scope)));
      return new PslType.Tuple(items, true);
    }
    if (e instanceof Expr.Record r) {
      Map<String, PslType> fields = new LinkedHashMap<>();
      for (Expr.Field f : r.fields()) {
        PslType t = value(f.value(), scope);
        if (fields.put(f.name().text(), t) != null) {
          diagnostics.report(PslRule.PS0209.at(f.name().span(), "field '" + f.name().text() + "' is given twice"));
        }
      }
      return new PslType.Dict(fields, true);
    }
    if (e instanceof Expr.Unary u) {
      return unary(u, scope);
    }
    if (e instanceof Expr.Binary b) {
      return binary(b, scope);
    }
    if (e instanceof Expr.Path p) {
      return path(p, scope);
    }
    if (e instanceof Expr.App a) {
      return application(a, scope);
    }
    return PslType.Any.INSTANCE;
  }

  /** The type of an expression that must be a value: a rule call here is PS0403. */
  PslType value(Expr e, Scope scope) {
    PslType t = type(e, scope);
    if (t == PslType.Decision.INSTANCE) {
      Expr at = e;
      while (at instanceof Expr.Paren p) {
        at = p.inner();
      }
      String what = at instanceof Expr.App a ? a.callee().text() : at.span().text().strip();
      diagnostics.report(PslRule.PS0403.at(at.span(), "'" + what + "' is a rule: it decides and has no value, so it "
          + "cannot be an argument or operand; call it as a statement of its own"));
      return PslType.Any.INSTANCE;
    }
    return t;
  }

  private PslType unary(Expr.Unary u, Scope scope) {
    PslType t = value(u.operand(), scope);
    if (u.op() == Expr.UnaryOp.NOT) {
      if (!Assignability.isBoolean(t)) {
        mismatch(u.operand(), "'!' needs a Boolean", t);
        return PslType.Any.INSTANCE;
      }
      return PslType.Bool.INSTANCE;
    }
    if (!Assignability.isNumber(t)) {
      mismatch(u.operand(), "'~' needs a number", t);
      return PslType.Any.INSTANCE;
    }
    return t instanceof PslType.Int ? t : new PslType.Int(IntType.UINT64);
  }

  private PslType binary(Expr.Binary b, Scope scope) {
    PslType l = value(b.left(), scope);
    PslType r = value(b.right(), scope);
    if (l == PslType.Any.INSTANCE && r == PslType.Any.INSTANCE) {
      return b.op().isComparison() || b.op() == Expr.BinaryOp.AND || b.op() == Expr.BinaryOp.OR
          || b.op() == Expr.BinaryOp.IMPLIES ? PslType.Bool.INSTANCE : PslType.Any.INSTANCE;
    }
    if (b.op().isComparison() && isText(l) && isText(r)) {
      boolean equality = b.op() == Expr.BinaryOp.EQ || b.op() == Expr.BinaryOp.NE;
      diagnostics.report(PslRule.PS0401.at(b.span(), "'" + b.op().symbol + "' compares "
          + (equality ? "numbers, Booleans or ()" : "numbers") + ", not texts; compare texts with "
          + "re.match {text : ..., pattern : \"^...$\"}"));
      return PslType.Bool.INSTANCE;
    }
    switch (b.op()) {
      case AND, OR, IMPLIES -> {
        operand(b, b.left(), l, Assignability.isBoolean(l), "a Boolean");
        operand(b, b.right(), r, Assignability.isBoolean(r), "a Boolean");
        return PslType.Bool.INSTANCE;
      }
      case EQ, NE -> {
        boolean ok = operand(b, b.left(), l, Assignability.isScalar(l), "a number, a Boolean or ()")
            & operand(b, b.right(), r, Assignability.isScalar(r), "a number, a Boolean or ()");
        if (ok && !comparable(l, r)) {
          diagnostics.report(PslRule.PS0401.at(b.span(), "'" + b.op().symbol + "' compares values of one kind; here "
              + l.display() + " and " + r.display()));
        }
        return PslType.Bool.INSTANCE;
      }
      case LT, LE, GT, GE -> {
        operand(b, b.left(), l, Assignability.isNumber(l), "a number");
        operand(b, b.right(), r, Assignability.isNumber(r), "a number");
        return PslType.Bool.INSTANCE;
      }
      default -> {
        boolean ok = operand(b, b.left(), l, Assignability.isNumber(l), "a number")
            & operand(b, b.right(), r, Assignability.isNumber(r), "a number");
        return ok ? arithmetic(b.op(), l, r) : PslType.Any.INSTANCE;
      }
    }
  }

  private boolean operand(Expr.Binary b, Expr side, PslType t, boolean ok, String wanted) {
    if (!ok) {
      String hint = b.op().isComparison() && (t == PslType.Text.INSTANCE || t instanceof PslType.TextLiteral)
          ? "; compare texts with re.match {text : ..., pattern : \"^...$\"}" : "";
      mismatch(side, "'" + b.op().symbol + "' needs " + wanted + hint, t);
    }
    return ok;
  }

  private static boolean isText(PslType t) {
    return t == PslType.Text.INSTANCE || t instanceof PslType.TextLiteral;
  }

  private static boolean comparable(PslType l, PslType r) {
    if (Assignability.isNumber(l) && Assignability.isNumber(r)) {
      return true;
    }
    return l == PslType.Any.INSTANCE || r == PslType.Any.INSTANCE || l.getClass() == r.getClass();
  }

  /** Literals fold; otherwise the wider integer type (SInt64 when neither covers the other). */
  private static PslType arithmetic(Expr.BinaryOp op, PslType l, PslType r) {
    if (l instanceof PslType.IntLiteral a && r instanceof PslType.IntLiteral c) {
      BigInteger v = switch (op) {
        case ADD -> a.value().add(c.value());
        case SUB -> a.value().subtract(c.value());
        case MUL -> a.value().multiply(c.value());
        case BIT_AND -> a.value().and(c.value());
        default -> a.value().or(c.value());
      };
      return new PslType.IntLiteral(v);
    }
    if (l instanceof PslType.Int a && r instanceof PslType.Int c) {
      if (a.kind().covers(c.kind())) {
        return a;
      }
      return c.kind().covers(a.kind()) ? c : new PslType.Int(IntType.SINT64);
    }
    if (l instanceof PslType.Int) {
      return l;
    }
    if (r instanceof PslType.Int) {
      return r;
    }
    return new PslType.Int(IntType.SINT64);
  }

  private PslType path(Expr.Path p, Scope scope) {
    List<Name> parts = p.head().parts();
    String head = parts.get(0).text();
    PslType t;
    int next = 1;
    if (head.equals("message") && scope.kind() != null) {
      t = scope.message(parts.get(0).span());
      if (t == null) {
        return PslType.Any.INSTANCE;
      }
      for (; next < parts.size() && t != PslType.Any.INSTANCE; next++) {
        t = field(t, parts.get(next), next == 1 ? scope.messageName() : null);
      }
    } else if ((head.equals("src_sid") || head.equals("dst_sid")) && scope.kind() != null) {
      if (head.equals("dst_sid") && scope.kind() == EventKind.SECURITY) {
        diagnostics.report(PslRule.PS0208.at(parts.get(0).span(), "security events have no dst_sid: the module "
            + "itself is asked; use src_sid"));
        return PslType.Any.INSTANCE;
      }
      t = SID;
    } else if (scope.variable(head) != null) {
      t = scope.variable(head);
    } else {
      unknownValue(parts.get(0), scope);
      return PslType.Any.INSTANCE;
    }
    for (; next < parts.size() && t != PslType.Any.INSTANCE; next++) {
      t = field(t, parts.get(next), null);
    }
    for (Expr.Access a : p.accesses()) {
      if (t == PslType.Any.INSTANCE) {
        break;
      }
      if (a.field() != null) {
        t = field(t, a.field(), null);
      } else {
        t = index(t, a, scope);
      }
    }
    if (t == PslType.Bytes.INSTANCE) {
      diagnostics.report(PslRule.PS0405.at(p.span(), "'" + p.span().text().strip() + "' is a bytes parameter: "
          + "policies cannot read bytes"));
      return PslType.Any.INSTANCE;
    }
    return t;
  }

  private void unknownValue(Name name, Scope scope) {
    String n = name.text();
    if (objects.containsKey(n)) {
      diagnostics.report(PslRule.PS0401.at(name.span(), "'" + n + "' is a policy object, not a value: call one of "
          + "its methods (" + n + "." + objects.get(n).methods().keySet().stream().findFirst().orElse("m") + " ...)"));
      return;
    }
    List<String> candidates = new ArrayList<>(scope.kind() == null ? List.of() : List.of("message", "src_sid", "dst_sid"));
    String best = Suggest.closest(n, candidates);
    String where = scope.kind() == null ? "; a config holds constants only" : "";
    diagnostics.report(PslRule.PS0208.at(name.span(), "unknown name '" + n + "'"
        + (best != null ? "; did you mean '" + best + "'?" : where)));
  }

  /** {@code message} names what the dictionary is when it is a message (its fields are parameters), else null. */
  private PslType field(PslType t, Name field, String message) {
    boolean parameter = message != null;
    if (t instanceof PslType.Dict d) {
      PslType f = d.fields().get(field.text());
      if (f != null) {
        return f;
      }
      String best = Suggest.closest(field.text(), d.fields().keySet());
      String what = parameter ? message + " has no parameter '" + field.text() + "'"
          : "no field '" + field.text() + "' in " + d.display();
      String have = parameter ? (d.fields().isEmpty() ? " (the message has no parameters)"
          : " (parameters: " + String.join(", ", d.fields().keySet()) + ")") : "";
      diagnostics.report(PslRule.PS0207.at(field.span(), what + (best != null ? "; did you mean '" + best + "'?" : have)));
      return PslType.Any.INSTANCE;
    }
    diagnostics.report(PslRule.PS0401.at(field.span(), "'." + field.text() + "' on a value of type " + t.display()
        + ", which has no fields"));
    return PslType.Any.INSTANCE;
  }

  private PslType index(PslType t, Expr.Access a, Scope scope) {
    PslType i = value(a.index(), scope);
    if (!Assignability.isNumber(i)) {
      mismatch(a.index(), "an index is a number", i);
      return PslType.Any.INSTANCE;
    }
    if (t instanceof PslType.Collection c) {
      if (i instanceof PslType.IntLiteral l && c.kind() == PslType.CollectionKind.ARRAY
          && (l.value().signum() < 0 || l.value().compareTo(BigInteger.valueOf(c.bound())) >= 0)) {
        diagnostics.report(PslRule.PS0404.at(a.index().span(), "index " + l.value() + " is outside the array (0.."
            + (c.bound() - 1) + ")"));
      }
      return c.element();
    }
    if (t instanceof PslType.Tuple tuple && i instanceof PslType.IntLiteral l) {
      if (l.value().signum() < 0 || l.value().compareTo(BigInteger.valueOf(tuple.elements().size())) >= 0) {
        diagnostics.report(PslRule.PS0404.at(a.index().span(), "index " + l.value() + " is outside the tuple"));
        return PslType.Any.INSTANCE;
      }
      return tuple.elements().get(l.value().intValue());
    }
    diagnostics.report(PslRule.PS0401.at(a.span(), "'.[...]' on a value of type " + t.display()
        + "; only lists, sets, arrays, sequences and tuples are indexed"));
    return PslType.Any.INSTANCE;
  }

  private PslType application(Expr.App a, Scope scope) {
    CallTarget target = callee(a);
    PslType arg = value(a.argument(), scope);
    if (target == null) {
      return PslType.Any.INSTANCE;
    }
    calls.put(a, target);
    MethodSignature m = target.method();
    String name = target.object().name() + "." + m.name();
    if (arg != PslType.Any.INSTANCE && !Assignability.assignable(arg, m.argument())) {
      String fields = Assignability.fieldMismatch(arg, m.argument());
      if (fields != null) {
        diagnostics.report(PslRule.PS0402.at(a.argument().span(), name + ": " + fields + "; expected "
            + m.argument().display()));
      } else {
        diagnostics.report(PslRule.PS0401.at(a.argument().span(), "wrong argument for " + name + ": expected "
            + m.argument().display() + ", found " + arg.display()));
      }
    } else if (target.object().model().name().equals("Regex") && a.argument() instanceof Expr.Record r) {
      for (Expr.Field f : r.fields()) {
        if (f.name().text().equals("pattern") && f.value() instanceof Expr.Text t) {
          RegexDialect.check(t.value(), t.span(), diagnostics);
        }
      }
    }
    return m.result();
  }

  /** The object method a callee names; null after reporting. */
  private CallTarget callee(Expr.App a) {
    List<Name> parts = a.callee().parts();
    if (parts.size() == 1) {
      String f = parts.get(0).text();
      for (ModelObject o : objects.values()) {
        MethodSignature m = o.methods().get(f);
        if (m != null && m.global()) {
          return new CallTarget(o, m);
        }
      }
      String file = switch (f) {
        case "grant", "assert", "deny" -> "nk.base";
        case "size" -> "nk.basic";
        default -> null;
      };
      if (file != null) {
        if (hinted.add(file)) {
          diagnostics.report(PslRule.PS0208.at(parts.get(0).span(), "'" + f + "' comes from " + file.replace('.', '/')
              + ".psl: add 'use " + file + "._' to the policy"));
        }
        return null;
      }
      List<String> globals = new ArrayList<>();
      objects.values().forEach(o -> o.methods().values().stream().filter(MethodSignature::global)
          .forEach(m -> globals.add(m.name())));
      String best = Suggest.closest(f, globals);
      diagnostics.report(PslRule.PS0208.at(parts.get(0).span(), "unknown rule or function '" + f + "'"
          + (best != null ? "; did you mean '" + best + "'?" : "; call a method of an object: object.method (...)")));
      return null;
    }
    String objectName = a.callee().init().text();
    Name methodName = a.callee().last();
    ModelObject o = objects.get(objectName);
    if (o == null) {
      if (!unresolvedObjects.contains(objectName)) {
        unknownObject(a.callee().init().first(), objectName);
      }
      return null;
    }
    MethodSignature m = o.methods().get(methodName.text());
    if (m == null) {
      String best = Suggest.closest(methodName.text(), o.methods().keySet());
      diagnostics.report(PslRule.PS0208.at(methodName.span(), "model " + o.model().name() + " has no method '"
          + methodName.text() + "'" + (best != null ? "; did you mean '" + best + "'?"
          : "; its methods are " + String.join(", ", o.methods().keySet()))));
      return null;
    }
    return new CallTarget(o, m);
  }

  private void unknownObject(Name at, String name) {
    if (!hinted.add("object:" + name)) {
      return; // one diagnostic per unknown object, at its first use
    }
    String model = modelFiles.keySet().stream().filter(m -> m.equalsIgnoreCase(name)).findFirst().orElse(null);
    if (model != null) {
      diagnostics.report(PslRule.PS0208.at(at.span(), "unknown object '" + name + "': objects of model " + model
          + " are declared by the policy: 'policy object " + name + " : " + model + " { ... }'"
          + " (with 'use " + modelFiles.get(model) + "._')"));
      return;
    }
    String file = switch (name) {
      case "base" -> "nk.base";
      case "pred", "bool", "math", "struct" -> "nk.basic";
      case "re" -> "nk.regex";
      default -> null;
    };
    if (file != null) {
      if (hinted.add(file)) {
        diagnostics.report(PslRule.PS0208.at(at.span(), "'" + name + "' comes from " + file.replace('.', '/')
            + ".psl: add 'use " + file + "._' to the policy"));
      }
      return;
    }
    String best = Suggest.closest(name, objects.keySet());
    diagnostics.report(PslRule.PS0208.at(at.span(), "unknown object '" + name + "'"
        + (best != null ? "; did you mean '" + best + "'?" : "")));
  }

  private void mismatch(Expr at, String what, PslType found) {
    if (found == PslType.Any.INSTANCE) {
      return;
    }
    diagnostics.report(PslRule.PS0401.at(at.span(), what + "; '" + at.span().text().strip() + "' is "
        + found.display()));
  }
}
