package org.kos.nkc.resolve;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.kos.nkc.ast.Decl;
import org.kos.nkc.ast.Expr;
import org.kos.nkc.ast.QualifiedName;
import org.kos.nkc.ast.TypeRef;
import org.kos.nkc.ast.Unit;
import org.kos.nkc.ast.UnitKind;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceSpan;
import org.kos.nkc.model.Component;
import org.kos.nkc.model.ComponentKind;
import org.kos.nkc.model.Constant;
import org.kos.nkc.model.Declaration;
import org.kos.nkc.model.Direction;
import org.kos.nkc.model.IdlPackage;
import org.kos.nkc.model.IntKind;
import org.kos.nkc.model.Interface;
import org.kos.nkc.model.Method;
import org.kos.nkc.model.Model;
import org.kos.nkc.model.Parameter;
import org.kos.nkc.model.StructType;
import org.kos.nkc.model.Type;
import org.kos.nkc.model.Typedef;
import org.kos.nkc.parse.Parser;
import org.kos.nkc.rules.Rule;

/**
 * Binds names and evaluates constants: turns the syntax trees of the inputs, and of every file
 * they refer to (found on the search path), into the {@link Model}. Declarations are resolved on
 * demand and memoised, so their order in a file does not matter; a declaration met again while it
 * is being resolved is a cycle (NK0403/NK0404/NK0307), reported with the whole chain.
 */
public final class Resolver {
  private static final long MAX_BOUND = 0xFFFF_FFFFL;

  private final Sources sources;
  private final Diagnostics diagnostics;
  private final Map<String, PackageScope> scopes = new HashMap<>();
  private final Map<Decl, Declaration> resolved = new IdentityHashMap<>();
  private final List<Frame> stack = new ArrayList<>();
  private final Deque<Unit> queue = new ArrayDeque<>();
  private final Set<Unit> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  private final TreeMap<String, IdlPackage> packages = new TreeMap<>();
  private final TreeMap<String, Component> components = new TreeMap<>();
  private final TreeMap<String, Component> classes = new TreeMap<>();
  private final Map<String, Unit.Component> componentUnits = new TreeMap<>();
  private final ConstEvaluator evaluator;
  /** Depth of each resolved type, typedefs included (absent: 1); later stages recurse that deep. */
  private final Map<Type, Integer> typeDepths = new IdentityHashMap<>();
  /** NK0407 is reported once: past the first, everything deeper is a consequence of it. */
  private boolean tooDeepReported;
  private PackageScope evaluating; // the scope constant references are looked up in

  /** A declaration being resolved and the reference ({@code via}) that led to it. */
  private record Frame(Decl decl, SourceSpan via) {}

  /** A declaration found by a lookup, with the scope it lives in. */
  private record Found(Decl decl, PackageScope scope) {}

  /** The model's directions by the syntax tree's ordinal (values() clones its array at every call). */
  private static final Direction[] DIRECTIONS = Direction.values();

  public Resolver(Sources sources, Diagnostics diagnostics) {
    this.sources = sources;
    this.diagnostics = diagnostics;
    this.evaluator = new ConstEvaluator(diagnostics, this::constantValue);
  }

  /** Resolves the inputs and everything they reach; reports problems; always returns a model. */
  public Model resolve(List<Unit> inputs) {
    for (Unit u : inputs) {
      enqueue(u);
    }
    while (!queue.isEmpty()) {
      Unit u = queue.poll();
      if (u instanceof Unit.Idl idl) {
        resolvePackage(idl);
      } else {
        resolveComponent((Unit.Component) u);
      }
    }
    findImportCycles();
    findInstanceCycles();
    reportUnusedImports();
    return new Model(packages, components, classes);
  }

  private void enqueue(Unit u) {
    if (u != null && seen.add(u)) {
      queue.add(u);
    }
  }

  // ---- packages -----------------------------------------------------------------------------

  private PackageScope scope(String name) {
    PackageScope s = scopes.get(name);
    if (s == null && !scopes.containsKey(name)) {
      Unit u = sources.find(UnitKind.IDL, name);
      s = u instanceof Unit.Idl idl ? new PackageScope(name, idl, diagnostics) : null;
      scopes.put(name, s);
      enqueue(u);
    }
    return s;
  }

  private PackageScope scopeOf(Unit.Idl unit) {
    if (unit.name() != null) {
      PackageScope s = scope(unit.name().text());
      if (s != null && s.unit == unit) {
        return s;
      }
    }
    // Unnamed, duplicate, or found under another name: check it on its own for diagnostics.
    String name = unit.name() != null ? unit.name().text() : Sources.baseName(unit.file().name());
    for (PackageScope s : scopes.values()) {
      if (s != null && s.unit == unit) {
        return s;
      }
    }
    return new PackageScope(name, unit, diagnostics);
  }

  private void resolvePackage(Unit.Idl unit) {
    PackageScope scope = scopeOf(unit);
    for (Unit.Import imp : scope.imports.values()) {
      String target = imp.name().text();
      if (target.equals(scope.name)) {
        diagnostics.report(Rule.NK0202.at(imp.name().span(), "package '" + target + "' imports itself"));
      } else if (scope(target) == null) {
        diagnostics.report(notFound(imp.name(), UnitKind.IDL, "package"));
      }
    }
    List<Declaration> decls = new ArrayList<>();
    for (Decl d : unit.decls()) {
      Declaration r = resolveDecl(scope, d, d.name().span());
      if (r != null && scope.decls.get(d.name().text()) == d) {
        decls.add(r);
      }
    }
    Optional<Interface> iface = Optional.ofNullable(unit.iface()).map(i -> resolveInterface(scope, i));
    boolean registered = unit.name() != null && scopes.get(scope.name) == scope;
    if (registered) {
      SourceSpan span = unit.name().span();
      packages.put(scope.name, new IdlPackage(scope.name, unit.file(), span, sources.isInput(unit),
          new ArrayList<>(scope.imports.keySet()), decls, iface));
    }
  }

  private Interface resolveInterface(PackageScope scope, org.kos.nkc.ast.Interface i) {
    List<Method> methods = new ArrayList<>();
    for (org.kos.nkc.ast.Interface.Method m : i.methods()) {
      List<Parameter> params = new ArrayList<>();
      for (org.kos.nkc.ast.Interface.Param p : m.params()) {
        Direction d = DIRECTIONS[p.direction().ordinal()];
        params.add(new Parameter(d, p.name().text(), resolveType(scope, p.type()), p.name().span()));
      }
      methods.add(new Method(m.name().text(), params, m.name().span()));
    }
    String declared = i.declaredName() == null ? null : i.declaredName().text();
    SourceSpan span = i.declaredName() == null ? i.keyword() : i.declaredName().span();
    return new Interface(scope.name, declared, methods, span);
  }

  private Declaration resolveDecl(PackageScope scope, Decl d, SourceSpan via) {
    Declaration done = resolved.get(d);
    if (done != null) {
      return done;
    }
    for (int i = 0; i < stack.size(); i++) {
      if (stack.get(i).decl() == d) {
        reportCycle(i, via);
        return null;
      }
    }
    if (stack.size() >= Parser.MAX_NESTING) {
      tooDeep(via, "declarations refer to one another more than " + Parser.MAX_NESTING
          + " levels deep (a chain of typedefs, structs or constants); shorten the chain");
      return null;
    }
    stack.add(new Frame(d, via));
    Declaration r;
    try {
      String name = d.name().text();
      SourceSpan at = d.name().span();
      if (d instanceof Decl.Const c) {
        r = constant(scope, c);
      } else if (d instanceof Decl.Typedef t) {
        Type target = resolveType(scope, t.type());
        r = recordDepth(new Typedef(scope.name, name, withinDepth(at, target) ? target : Type.Invalid.INSTANCE, at));
      } else {
        Decl.Record rec = (Decl.Record) d;
        List<StructType.Field> fields = new ArrayList<>();
        for (Decl.Field f : rec.fields()) {
          fields.add(new StructType.Field(f.name().text(), resolveType(scope, f.type()), f.name().span()));
        }
        if (!withinDepth(at, fields.stream().map(StructType.Field::type).toArray(Type[]::new))) {
          fields.replaceAll(f -> new StructType.Field(f.name(), Type.Invalid.INSTANCE, f.span()));
        }
        r = recordDepth(new StructType(scope.name, name, rec.union(), fields, at));
      }
    } finally {
      stack.remove(stack.size() - 1);
    }
    resolved.put(d, r);
    return r;
  }

  private void reportCycle(int from, SourceSpan via) {
    List<Frame> cycle = stack.subList(from, stack.size());
    boolean record = cycle.stream().anyMatch(f -> f.decl() instanceof Decl.Record);
    boolean constant = cycle.stream().anyMatch(f -> f.decl() instanceof Decl.Const);
    Rule rule = record ? Rule.NK0403 : constant ? Rule.NK0307 : Rule.NK0404;
    StringBuilder chain = new StringBuilder();
    for (Frame f : cycle) {
      chain.append(f.decl().name().text()).append(" -> ");
    }
    chain.append(cycle.get(0).decl().name().text());
    Decl first = cycle.get(0).decl();
    String what = record ? first.kindWord() + " '" + first.name().text() + "' contains itself"
        : constant ? "constant '" + first.name().text() + "' depends on itself"
        : "typedef '" + first.name().text() + "' refers to itself";
    Diagnostic diag = rule.at(via, what + ": " + chain);
    for (int i = 1; i < cycle.size(); i++) {
      diag = diag.withNote("'" + cycle.get(i - 1).decl().name().text() + "' uses '"
          + cycle.get(i).decl().name().text() + "' here", cycle.get(i).via());
    }
    diagnostics.report(diag);
  }

  // ---- constants ----------------------------------------------------------------------------

  private Constant constant(PackageScope scope, Decl.Const c) {
    Type type = resolveType(scope, c.type());
    Type base = type.resolved();
    if (base != Type.Invalid.INSTANCE && !(base instanceof Type.Int)) {
      diagnostics.report(Rule.NK0306.at(c.type().span(),
          "constant '" + c.name().text() + "' has type " + type.display()
              + (type == base ? "" : " (" + base.display() + ")") + "; constants must be integers"));
    }
    BigInteger value = evaluate(scope, c.value());
    if (value != null && base instanceof Type.Int i && !i.kind().fits(value)) {
      diagnostics.report(Rule.NK0301.at(c.value().span(),
          "value " + value + " of constant '" + c.name().text() + "' does not fit " + i.kind().idlName()
              + " (" + i.kind().min() + ".." + i.kind().max() + ")"));
      value = null;
    }
    return new Constant(scope.name, c.name().text(), type, value, c.name().span());
  }

  private BigInteger evaluate(PackageScope scope, Expr e) {
    PackageScope outer = evaluating;
    evaluating = scope;
    try {
      return evaluator.eval(e);
    } finally {
      evaluating = outer;
    }
  }

  private BigInteger constantValue(Expr.ConstRef ref) {
    PackageScope scope = evaluating;
    Found f = lookup(scope, ref.name(), false);
    if (f == null) {
      return null;
    }
    if (!(f.decl() instanceof Decl.Const)) {
      diagnostics.report(Rule.NK0211.at(ref.span(),
          "'" + ref.name().text() + "' is a " + f.decl().kindWord() + ", not a constant"));
      return null;
    }
    Declaration d = resolveDecl(f.scope(), f.decl(), ref.span());
    evaluating = scope;
    return d instanceof Constant c ? c.value() : null;
  }

  private long bound(PackageScope scope, Expr e, String what) {
    BigInteger v = evaluate(scope, e);
    if (v == null) {
      return -1;
    }
    if (v.signum() <= 0) {
      diagnostics.report(Rule.NK0401.at(e.span(), "the " + what + " must be at least 1, but it is " + v));
      return -1;
    }
    if (v.compareTo(BigInteger.valueOf(MAX_BOUND)) > 0) {
      diagnostics.report(Rule.NK0402.at(e.span(), "the " + what + " " + v + " is larger than 2^32-1"));
      return -1;
    }
    return v.longValue();
  }

  // ---- types --------------------------------------------------------------------------------

  private Type resolveType(PackageScope scope, TypeRef ref) {
    if (ref instanceof TypeRef.Named n) {
      QualifiedName q = n.name();
      if (q.isSimple()) {
        IntKind k = IntKind.byName(q.last());
        if (k != null) {
          return new Type.Int(k);
        }
        if (q.last().equals("Handle")) {
          return new Type.Handle(null);
        }
      }
      Found f = lookup(scope, q, true);
      if (f == null) {
        return Type.Invalid.INSTANCE;
      }
      if (f.decl() instanceof Decl.Const) {
        diagnostics.report(Rule.NK0211.at(q.span(), "'" + q.text() + "' is a constant, not a type"));
        return Type.Invalid.INSTANCE;
      }
      Declaration d = resolveDecl(f.scope(), f.decl(), q.span());
      return d instanceof Type t ? t : Type.Invalid.INSTANCE;
    }
    if (ref instanceof TypeRef.InterfaceHandle h) {
      String iface = interfaceRef(h.iface(), scope, scope.qualifier(), "handle target");
      return iface == null ? Type.Invalid.INSTANCE : new Type.Handle(iface);
    }
    if (ref instanceof TypeRef.Bytes b) {
      long n = bound(scope, b.bound(), "size of bytes<N>");
      return n < 0 ? Type.Invalid.INSTANCE : new Type.Bytes(n);
    }
    if (ref instanceof TypeRef.Str s) {
      long n = bound(scope, s.bound(), "length of string<N>");
      return n < 0 ? Type.Invalid.INSTANCE : new Type.Str(n);
    }
    if (ref instanceof TypeRef.Array a) {
      Type element = resolveType(scope, a.element());
      long n = bound(scope, a.length(), "length of array<T, N>");
      return n < 0 || element == Type.Invalid.INSTANCE || !withinDepth(a.span(), element) ? Type.Invalid.INSTANCE
          : recordDepth(new Type.Array(element, n));
    }
    TypeRef.Sequence s = (TypeRef.Sequence) ref;
    Type element = resolveType(scope, s.element());
    long n = bound(scope, s.bound(), "bound of sequence<T, N>");
    return n < 0 || element == Type.Invalid.INSTANCE || !withinDepth(s.span(), element) ? Type.Invalid.INSTANCE
        : recordDepth(new Type.Sequence(element, n));
  }

  /**
   * Whether a type made of {@code parts} stays within the parser's nesting limit; typedef chains,
   * which the parser cannot see, can nest deeper. Later stages recurse over types that deep, so a
   * deeper one is reported (once) and left invalid.
   */
  private boolean withinDepth(SourceSpan at, Type... parts) {
    if (depth(parts) <= Parser.MAX_NESTING) {
      return true;
    }
    tooDeep(at, "type nested more than " + Parser.MAX_NESTING
        + " levels deep through typedefs, arrays, sequences and structs; flatten it");
    return false;
  }

  private int depth(Type... parts) {
    int depth = 1;
    for (Type p : parts) {
      depth = Math.max(depth, 1 + typeDepths.getOrDefault(p, 1));
    }
    return depth;
  }

  private <T extends Type> T recordDepth(T t) {
    Type[] parts = t instanceof Typedef d ? new Type[] {d.target()}
        : t instanceof Type.Array a ? new Type[] {a.element()}
        : t instanceof Type.Sequence q ? new Type[] {q.element()}
        : ((StructType) t).fields().stream().map(StructType.Field::type).toArray(Type[]::new);
    typeDepths.put(t, depth(parts));
    return t;
  }

  private void tooDeep(SourceSpan at, String message) {
    if (!tooDeepReported) {
      tooDeepReported = true;
      diagnostics.report(Rule.NK0407.at(at, message));
    }
  }

  /**
   * Finds a type or constant: a simple name in the package itself, then in every imported
   * package (found in several: ambiguous); a qualified name {@code pkg.Name} in {@code pkg}, which
   * must be this package or an imported one.
   */
  private Found lookup(PackageScope scope, QualifiedName q, boolean wantType) {
    String what = wantType ? "type" : "constant";
    if (q.isSimple()) {
      String name = q.last();
      Decl local = scope.decls.get(name);
      if (local != null) {
        return new Found(local, scope);
      }
      List<Found> found = new ArrayList<>();
      for (String imp : scope.imports.keySet()) {
        PackageScope s = imp.equals(scope.name) ? null : scope(imp);
        if (s != null && s.decls.containsKey(name)) {
          found.add(new Found(s.decls.get(name), s));
        }
      }
      if (found.size() == 1) {
        scope.usedImports.add(found.get(0).scope().name);
        return found.get(0);
      }
      if (found.size() > 1) {
        Diagnostic d = Rule.NK0205.at(q.span(),
            "'" + name + "' is declared in " + found.size() + " imported packages; qualify it, e.g. "
                + found.get(0).scope().name + "." + name);
        for (Found f : found) {
          d = d.withNote("declared in '" + f.scope().name + "' here", f.decl().name().span());
          scope.usedImports.add(f.scope().name);
        }
        diagnostics.report(d);
        return null;
      }
      diagnostics.report(Rule.NK0203.at(q.span(), "unknown " + what + " '" + name + "'" + suggestion(scope, name, wantType)));
      return null;
    }
    String pkg = q.qualifier();
    String name = q.last();
    PackageScope target;
    if (pkg.equals(scope.name)) {
      target = scope;
    } else if (scope.imports.containsKey(pkg)) {
      target = scope(pkg);
      if (target == null) {
        return null; // the import itself is reported as not found
      }
      scope.usedImports.add(pkg);
    } else {
      if (sources.find(UnitKind.IDL, pkg) != null) {
        diagnostics.report(Rule.NK0208.at(q.span(),
            "package '" + pkg + "' is not imported; add 'import " + pkg + "' after the package line"));
      } else {
        diagnostics.report(Rule.NK0203.at(q.span(),
            "unknown " + what + " '" + q.text() + "': there is no package '" + pkg + "'"));
      }
      return null;
    }
    Decl d = target.decls.get(name);
    if (d == null) {
      diagnostics.report(Rule.NK0203.at(q.span(), "package '" + pkg + "' has no " + what + " '" + name + "'"
          + suggestion(target, name, wantType)));
      return null;
    }
    return new Found(d, target);
  }

  private String suggestion(PackageScope scope, String name, boolean wantType) {
    Set<String> candidates = new LinkedHashSet<>();
    if (wantType) {
      for (IntKind k : IntKind.values()) {
        candidates.add(k.idlName());
      }
      candidates.add("Handle");
    }
    List<PackageScope> scopesToSearch = new ArrayList<>();
    scopesToSearch.add(scope);
    for (String imp : scope.imports.keySet()) {
      PackageScope s = scopes.get(imp);
      if (s != null && s != scope) {
        scopesToSearch.add(s);
      }
    }
    for (PackageScope s : scopesToSearch) {
      for (Map.Entry<String, Decl> e : s.decls.entrySet()) {
        if ((e.getValue() instanceof Decl.Const) != wantType) {
          candidates.add(e.getKey());
        }
      }
    }
    String best = Suggest.closest(name, candidates);
    return best == null ? "" : "; did you mean '" + best + "'?";
  }

  /**
   * Resolves the name of an IDL package used as an interface (endpoint, security, handle
   * target): the full name; for a simple name also a sibling package and an imported one.
   * Returns the package name, or null after reporting.
   */
  private String interfaceRef(QualifiedName q, PackageScope scope, String context, String role) {
    List<String> candidates = new ArrayList<>();
    candidates.add(q.text());
    if (q.isSimple()) {
      if (!context.isEmpty()) {
        candidates.add(context + "." + q.text());
      }
      if (scope != null) {
        for (String imp : scope.imports.keySet()) {
          if (imp.endsWith("." + q.text())) {
            candidates.add(imp);
          }
        }
      }
    }
    for (String c : candidates) {
      PackageScope s = scope(c);
      if (s == null) {
        continue;
      }
      if (scope != null && scope.imports.containsKey(c)) {
        scope.usedImports.add(c);
      }
      if (s.unit.iface() == null) {
        diagnostics.report(Rule.NK0507.at(q.span(),
                "package '" + c + "' declares no interface, so it cannot be used as " + role)
            .withNote("package declared here", s.unit.name() != null ? s.unit.name().span() : null));
        return null;
      }
      return c;
    }
    diagnostics.report(notFound(q, UnitKind.IDL, "interface"));
    return null;
  }

  private Diagnostic notFound(QualifiedName q, UnitKind kind, String what) {
    String file = org.kos.nkc.source.SearchPath.relativePath(q.text(), kind);
    return Rule.NK0201.at(q.span(), "cannot find " + what + " '" + q.text() + "': no " + file
        + " in the search path (" + sources.searchPath().describe() + ")");
  }

  // ---- components and classes ---------------------------------------------------------------

  private void resolveComponent(Unit.Component unit) {
    if (unit.name() == null) {
      return;
    }
    String name = unit.name().text();
    String context = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
    Optional<Component.Security> security = Optional.empty();
    if (unit.security() != null) {
      String iface = interfaceRef(unit.security(), null, context, "a security interface");
      security = Optional.of(new Component.Security(iface == null ? unit.security().text() : iface, unit.security().span()));
    }
    List<Component.Endpoint> endpoints = new ArrayList<>();
    for (Unit.Entry e : unit.endpoints()) {
      String iface = interfaceRef(e.target(), null, context, "an endpoint");
      endpoints.add(new Component.Endpoint(e.name().text(), iface == null ? e.target().text() : iface, e.name().span()));
    }
    List<Component.Instance> instances = new ArrayList<>();
    for (Unit.Entry e : unit.instances()) {
      Unit target = sources.find(UnitKind.CDL, e.target().text());
      if (target == null) {
        diagnostics.report(notFound(e.target(), UnitKind.CDL, "component"));
      }
      enqueue(target);
      instances.add(new Component.Instance(e.name().text(), e.target().text(), e.name().span()));
    }
    ComponentKind kind = switch (unit.form()) {
      case COMPONENT -> ComponentKind.COMPONENT;
      case TASK_CLASS -> ComponentKind.TASK_CLASS;
      case ENTITY -> ComponentKind.ENTITY;
    };
    Component c = new Component(name, kind, unit.file(), unit.name().span(), sources.isInput(unit), security,
        endpoints, instances);
    Map<String, Component> into = unit.kind() == UnitKind.CDL ? components : classes;
    if (sources.find(unit.kind(), name) == unit) {
      into.put(name, c);
      if (unit.kind() == UnitKind.CDL) {
        componentUnits.put(name, unit);
      }
    }
  }

  // ---- whole-program checks -----------------------------------------------------------------

  private void findImportCycles() {
    List<String> names = new ArrayList<>(new TreeMap<>(packages).keySet());
    Cycles.find(names, n -> {
      List<Cycles.Edge> edges = new ArrayList<>();
      PackageScope s = scopes.get(n);
      if (s != null) {
        for (Unit.Import imp : s.imports.values()) {
          String target = imp.name().text();
          if (!target.equals(n) && packages.containsKey(target)) {
            edges.add(new Cycles.Edge(n, target, imp.name().span()));
          }
        }
      }
      return edges;
    }, cycle -> {
      Cycles.Edge last = cycle.get(cycle.size() - 1);
      StringBuilder chain = new StringBuilder(cycle.get(0).from());
      for (Cycles.Edge e : cycle) {
        chain.append(" -> ").append(e.target());
      }
      Diagnostic d = Rule.NK0202.at(last.span(), "import cycle: " + chain);
      for (Cycles.Edge e : cycle.subList(0, cycle.size() - 1)) {
        d = d.withNote("'" + e.from() + "' imports '" + e.target() + "' here", e.span());
      }
      diagnostics.report(d);
    });
  }

  private void findInstanceCycles() {
    Cycles.find(new ArrayList<>(components.keySet()), n -> {
      List<Cycles.Edge> edges = new ArrayList<>();
      Unit.Component u = componentUnits.get(n);
      if (u != null) {
        for (Unit.Entry e : u.instances()) {
          if (components.containsKey(e.target().text())) {
            edges.add(new Cycles.Edge(n, e.target().text(), e.name().span().to(e.target().span())));
          }
        }
      }
      return edges;
    }, cycle -> {
      Cycles.Edge last = cycle.get(cycle.size() - 1);
      StringBuilder chain = new StringBuilder(cycle.get(0).from());
      for (Cycles.Edge e : cycle) {
        chain.append(" -> ").append(e.target());
      }
      Diagnostic d = Rule.NK0603.at(last.span(), "component '" + last.target() + "' contains itself: " + chain);
      for (Cycles.Edge e : cycle.subList(0, cycle.size() - 1)) {
        d = d.withNote("'" + e.from() + "' has an instance of '" + e.target() + "' here", e.span());
      }
      diagnostics.report(d);
    });
  }

  private void reportUnusedImports() {
    for (IdlPackage p : packages.values()) {
      PackageScope s = scopes.get(p.name());
      if (!p.input() || s == null) {
        continue;
      }
      for (Unit.Import imp : s.imports.values()) {
        String target = imp.name().text();
        if (!s.usedImports.contains(target) && scopes.get(target) != null && !target.equals(p.name())) {
          diagnostics.report(Rule.NK0207.at(imp.span(), "package '" + target + "' is imported but not used"));
        }
      }
    }
  }
}
