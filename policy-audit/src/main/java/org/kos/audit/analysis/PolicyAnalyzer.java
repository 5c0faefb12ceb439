package org.kos.audit.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kos.nkc.model.Interface;
import org.kos.psl.ast.Body;
import org.kos.psl.ast.Decl;
import org.kos.psl.ast.EventKind;
import org.kos.psl.ast.Expr;
import org.kos.psl.ast.Selector;
import org.kos.psl.ast.Stmt;
import org.kos.psl.model.CallTarget;
import org.kos.psl.model.Endpoint;
import org.kos.psl.model.Policy;
import org.kos.psl.model.ProcessClass;

/**
 * Decides every event key of a checked policy statically. The statements that apply to a key are
 * found as the engine of module ksm finds them ({@code Planner}): every binding of the event's kind
 * whose selectors all match, in text order, entering each {@code match} section whose selectors match
 * and every alternative of a {@code choice}; selectors test the same properties ({@code src},
 * {@code dst}, {@code endpoint} path, {@code interface}, {@code component}, {@code method}, which is
 * {@code main} for an execute; a security event passes {@code endpoint=} and {@code component=}).
 * The engine grants an event when at least one rule was called and every rule called granted; here
 * each path through the choices is followed with each rule abstracted as grants ({@code grant ()},
 * {@code assert (true)}, {@code deny (false)}), denies ({@code deny ()}, {@code assert (false)},
 * {@code deny (true)}) or depends (anything else): a key is {@link Verdict#ALWAYS} when every path
 * grants, {@link Verdict#NEVER} when every path denies or calls nothing, else conditional. A choice
 * without {@code _} may select nothing. Evaluation errors (a Flow query on an unknown SID, an index out
 * of range), which deny at run time, are not predicted: such a key may be "always" here and still be
 * denied.
 */
public final class PolicyAnalyzer {
  /** Models without state (as ksm's Engine counts them): their calls depend on the event only. */
  private static final Set<String> STATELESS = Set.of("Base", "Pred", "Bool", "Math", "Struct", "Regex");
  private static final int CALLED = 1;
  private static final int DENIED = 2;
  private static final int DEPENDS = 4;
  private static final int MAX_TEXT = 160;

  private final Policy policy;
  private final Positions positions;
  private final Map<EventKind, List<Decl.Binding>> bindings = new EnumMap<>(EventKind.class);
  private final Map<Stmt, Rule> rules = new java.util.IdentityHashMap<>();
  private final Map<String, List<String>> methods = new java.util.HashMap<>();

  public PolicyAnalyzer(Policy policy, Positions positions) {
    this.policy = policy;
    this.positions = positions;
    for (EventKind k : EventKind.values()) {
      bindings.put(k, new ArrayList<>());
    }
    policy.bindings().forEach(b -> bindings.get(b.kind()).add(b));
  }

  /** An event key; {@code endpoint} is null for an execute, {@code dst} null for a security event. */
  public record Key(EventKind kind, ProcessClass src, ProcessClass dst, Endpoint endpoint, String method) {}

  /**
   * Every key of the policy's classes that is not {@link Verdict#NEVER}: requests (src a class that is
   * not the kernel, dst any class, every endpoint and method of dst), responses (src the server, dst a
   * client that is not the kernel; only those whose request may be granted: a server answers only the
   * requests it got), executes (any pair) and security methods (each class's security
   * interface). Ordered by kind, source, destination, endpoint and method as declared.
   */
  public List<Access> reachable() {
    List<Access> out = new ArrayList<>();
    Set<String> requests = new java.util.HashSet<>();
    List<ProcessClass> classes = List.copyOf(policy.classes().values());
    for (EventKind kind : List.of(EventKind.REQUEST, EventKind.RESPONSE)) {
      for (ProcessClass src : classes) {
        for (ProcessClass dst : classes) {
          ProcessClass server = kind == EventKind.REQUEST ? dst : src;
          ProcessClass client = kind == EventKind.REQUEST ? src : dst;
          if (isKernel(client)) {
            continue; // the kernel calls no one
          }
          List<Node> plan = plan(kind, src, dst);
          if (plan.isEmpty()) {
            continue; // no statement can apply: every key of the pair is never
          }
          for (Endpoint e : server.endpoints()) {
            for (String m : methods(e.iface())) {
              String request = client.name() + "\n" + server.name() + "\n" + e.path() + "\n" + m;
              if (kind == EventKind.RESPONSE && !requests.contains(request)) {
                continue; // a server answers only the requests it got
              }
              Access a = decide(new Key(kind, src, dst, e, m), plan);
              add(out, a);
              if (kind == EventKind.REQUEST && a.verdict() != Verdict.NEVER) {
                requests.add(request);
              }
            }
          }
        }
      }
    }
    for (ProcessClass src : classes) {
      for (ProcessClass dst : classes) {
        add(out, decide(new Key(EventKind.EXECUTE, src, dst, null, null), plan(EventKind.EXECUTE, src, dst)));
      }
    }
    for (ProcessClass src : classes) {
      if (src.securityInterface() != null) {
        Endpoint e = new Endpoint("", src.securityInterface(), List.of());
        List<Node> plan = plan(EventKind.SECURITY, src, null);
        for (String m : methods(src.securityInterface())) {
          add(out, decide(new Key(EventKind.SECURITY, src, null, e, m), plan));
        }
      }
    }
    return out;
  }

  private static void add(List<Access> out, Access a) {
    if (a.verdict() != Verdict.NEVER) {
      out.add(a);
    }
  }

  /** Whether a class is the kernel ({@code kl.core.Core}). */
  public static boolean isKernel(ProcessClass c) {
    return c != null && "kl.core.Core".equals(c.edl());
  }

  /** The method names of an interface in declaration order (none when the NK model lacks it). */
  public List<String> methods(String iface) {
    if (policy.nk() == null) {
      return List.of();
    }
    return methods.computeIfAbsent(iface, i -> policy.nk().iface(i).map(Interface::methods).orElse(List.of()).stream()
        .map(org.kos.nkc.model.Method::name).toList());
  }

  /** Decides one key. */
  public Access decide(Key key) {
    return decide(key, plan(key.kind(), key.src(), key.dst()));
  }

  /**
   * The statements of a kind's bindings that may apply to events from {@code src} to {@code dst}: the
   * bindings and {@code match} sections whose {@code src=} and {@code dst=} selectors reject the pair
   * dropped, the selectors left to test those on the endpoint and method. Text order is kept, so that
   * deciding a key over the plan is deciding it over the bindings; an empty plan decides every key of
   * the pair "never".
   */
  private List<Node> plan(EventKind kind, ProcessClass src, ProcessClass dst) {
    List<Node> out = new ArrayList<>();
    for (Decl.Binding b : bindings.get(kind)) {
      List<Selector> rest = rest(b.selectors(), src, dst);
      if (rest != null) {
        List<Node> body = plan(b.body(), src, dst);
        if (!body.isEmpty()) {
          out.add(new Node.Section(rest, body));
        }
      }
    }
    return out;
  }

  private List<Node> plan(Body body, ProcessClass src, ProcessClass dst) {
    List<Node> out = new ArrayList<>();
    for (Stmt s : body.statements()) {
      if (s instanceof Stmt.Call c) {
        out.add(new Node.Call(c, effect(c.expr())));
      } else if (s instanceof Stmt.Match m) {
        List<Selector> rest = rest(m.selectors(), src, dst);
        if (rest != null) {
          List<Node> inner = plan(m.body(), src, dst);
          if (!inner.isEmpty()) {
            out.add(new Node.Section(rest, inner));
          }
        }
      } else if (s instanceof Stmt.Choice ch) {
        List<List<Node>> alternatives = new ArrayList<>();
        boolean otherwise = false;
        for (Stmt.Alternative a : ch.alternatives()) {
          otherwise |= a.label() == null;
          alternatives.add(plan(a.body(), src, dst));
        }
        out.add(new Node.Choice(ch, alternatives, otherwise));
      }
    }
    return out;
  }

  /** The selectors other than src= and dst=, or null when a src= or dst= selector rejects the pair. */
  private static List<Selector> rest(List<Selector> selectors, ProcessClass src, ProcessClass dst) {
    List<Selector> rest = null;
    for (int i = 0; i < selectors.size(); i++) {
      Selector s = selectors.get(i);
      String v = s.value().text();
      switch (s.key()) {
        case SRC -> {
          if (src == null || !src.name().equals(v)) {
            return null;
          }
        }
        case DST -> {
          if (dst == null || !dst.name().equals(v)) {
            return null;
          }
        }
        default -> {
          if (rest == null) {
            rest = new ArrayList<>(selectors.size());
          }
          rest.add(s);
        }
      }
    }
    return rest == null ? List.of() : rest;
  }

  /** A statement of a plan: a rule call, a section (a binding or a match) with the selectors left to test, a choice. */
  private sealed interface Node {
    record Call(Stmt.Call stmt, int effect) implements Node {}

    record Section(List<Selector> selectors, List<Node> body) implements Node {}

    record Choice(Stmt.Choice stmt, List<List<Node>> alternatives, boolean otherwise) implements Node {}
  }

  private Access decide(Key key, List<Node> plan) {
    List<Rule> rules = new ArrayList<>();
    Set<String> deps = new TreeSet<>();
    int states = body(plan, key, rules, deps);
    Verdict v = verdict(states);
    return new Access(key.kind(), key.src().name(), key.dst() == null ? null : key.dst().name(),
        key.endpoint() == null ? null : key.endpoint().path(), key.endpoint() == null ? null : key.endpoint().iface(),
        key.method(), v, v == Verdict.CONDITIONAL ? List.copyOf(deps) : List.of(), rules);
  }

  /** The set of path outcomes of a body (bit i set: outcome i, a combination of CALLED, DENIED, DEPENDS). */
  private int body(List<Node> body, Key key, List<Rule> rules, Set<String> deps) {
    int states = 1; // the empty path: nothing called yet
    for (Node n : body) {
      if (n instanceof Node.Call call) {
        Stmt.Call c = call.stmt();
        int effect = call.effect();
        if (rules != null) {
          rules.add(rule(c, c.span(), effect == CALLED && isGrant(c.expr())));
        }
        if ((effect & DEPENDS) != 0) {
          dependencies(c.expr(), deps);
        }
        states = seq(states, 1 << effect);
      } else if (n instanceof Node.Section m) {
        if (matches(m.selectors(), key)) {
          states = seq(states, body(m.body(), key, rules, deps));
        }
      } else if (n instanceof Node.Choice choice) {
        Stmt.Choice ch = choice.stmt();
        if (rules != null) {
          rules.add(rule(ch, ch.span(), false));
        }
        dependencies(ch.head(), deps);
        int alternatives = 0;
        for (List<Node> a : choice.alternatives()) {
          alternatives |= body(a, key, null, deps);
        }
        if (!choice.otherwise()) {
          alternatives |= 1; // no label matched: nothing called in the choice
        }
        states = seq(states, alternatives);
      }
    }
    return states;
  }

  /** The rule of a statement, made once: its position and text are the same for every key it decides. */
  private Rule rule(Stmt s, org.kos.nkc.diag.SourceSpan span, boolean grant) {
    return rules.computeIfAbsent(s, k -> new Rule(positions.of(span), text(span), grant));
  }

  /** Every outcome of a path through {@code a} then {@code b}. */
  private static int seq(int a, int b) {
    int out = 0;
    for (int i = 0; i < 8; i++) {
      if ((a & 1 << i) == 0) {
        continue;
      }
      for (int j = 0; j < 8; j++) {
        if ((b & 1 << j) != 0) {
          out |= 1 << (i | j);
        }
      }
    }
    return out;
  }

  private static Verdict verdict(int states) {
    boolean grants = false;
    boolean denies = false;
    boolean depends = false;
    for (int s = 0; s < 8; s++) {
      if ((states & 1 << s) == 0) {
        continue;
      }
      if ((s & CALLED) == 0 || (s & DENIED) != 0) {
        denies = true;
      } else if ((s & DEPENDS) != 0) {
        depends = true;
      } else {
        grants = true;
      }
    }
    return depends || grants && denies ? Verdict.CONDITIONAL : grants ? Verdict.ALWAYS : Verdict.NEVER;
  }

  /** A rule call's outcome: CALLED (grants), CALLED|DENIED or CALLED|DEPENDS. */
  private int effect(Expr expr) {
    if (!(expr instanceof Expr.App app)) {
      return CALLED | DEPENDS;
    }
    CallTarget t = policy.calls().get(app);
    if (t == null || !"Base".equals(t.object().model().name())) {
      return CALLED | DEPENDS;
    }
    Boolean literal = literal(app.argument());
    return switch (t.method().name()) {
      case "grant" -> CALLED;
      case "deny" -> app.argument() instanceof Expr.Unit || Boolean.TRUE.equals(literal) ? CALLED | DENIED
          : Boolean.FALSE.equals(literal) ? CALLED : CALLED | DEPENDS;
      case "assert" -> Boolean.TRUE.equals(literal) ? CALLED : Boolean.FALSE.equals(literal) ? CALLED | DENIED
          : CALLED | DEPENDS;
      default -> CALLED | DEPENDS;
    };
  }

  private boolean isGrant(Expr expr) {
    if (expr instanceof Expr.App app) {
      CallTarget t = policy.calls().get(app);
      return t != null && "Base".equals(t.object().model().name()) && "grant".equals(t.method().name());
    }
    return false;
  }

  private static Boolean literal(Expr e) {
    while (e instanceof Expr.Paren p) {
      e = p.inner();
    }
    return e instanceof Expr.Bool b ? b.value() : null;
  }

  /** What an expression reads: message fields, SIDs, stateful objects; "other" when none of these. */
  private void dependencies(Expr e, Set<String> deps) {
    Set<String> found = new TreeSet<>();
    walk(e, found);
    deps.addAll(found.isEmpty() ? Set.of("other") : found);
  }

  private void walk(Expr e, Set<String> found) {
    if (e instanceof Expr.Path p) {
      String head = p.head().text();
      if (head.equals("message") || head.startsWith("message.")) {
        found.add("message");
      } else if (head.equals("src_sid") || head.equals("dst_sid")) {
        found.add("sid");
      }
      p.accesses().stream().filter(a -> a.index() != null).forEach(a -> walk(a.index(), found));
    } else if (e instanceof Expr.App a) {
      CallTarget t = policy.calls().get(a);
      if (t != null && !STATELESS.contains(t.object().model().name())) {
        found.add("state");
      }
      walk(a.argument(), found);
    } else if (e instanceof Expr.Record r) {
      r.fields().forEach(f -> walk(f.value(), found));
    } else if (e instanceof Expr.ListOf l) {
      l.items().forEach(i -> walk(i, found));
    } else if (e instanceof Expr.Binary b) {
      walk(b.left(), found);
      walk(b.right(), found);
    } else if (e instanceof Expr.Unary u) {
      walk(u.operand(), found);
    } else if (e instanceof Expr.Paren p) {
      walk(p.inner(), found);
    }
  }

  private static String text(org.kos.nkc.diag.SourceSpan span) {
    String t = span.text().replaceAll("\\s+", " ").trim();
    return t.length() <= MAX_TEXT ? t : t.substring(0, MAX_TEXT) + " …";
  }

  /** Whether every selector matches the key: the engine's test (ksm Planner.matches), on the checked model. */
  static boolean matches(List<Selector> selectors, Key key) {
    for (Selector s : selectors) {
      String v = s.value().text();
      boolean ok = switch (s.key()) {
        case SRC -> key.src() != null && key.src().name().equals(v);
        case DST -> key.dst() != null && key.dst().name().equals(v);
        case METHOD -> key.kind() == EventKind.EXECUTE ? v.equals("main") : key.method() != null && key.method().equals(v);
        case INTERFACE -> key.endpoint() != null && key.endpoint().iface().equals(v);
        case ENDPOINT -> key.kind() == EventKind.SECURITY || key.endpoint() != null && key.endpoint().path().equals(v);
        case COMPONENT -> key.kind() == EventKind.SECURITY
            || key.endpoint() != null && key.endpoint().components().contains(v);
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
