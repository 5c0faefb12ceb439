package org.kos.psl.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.model.Direction;
import org.kos.nkc.model.Interface;
import org.kos.nkc.model.Method;
import org.kos.nkc.model.Model;
import org.kos.nkc.resolve.Suggest;
import org.kos.psl.ast.EventKind;
import org.kos.psl.ast.Selector;
import org.kos.psl.ast.SelectorKey;
import org.kos.psl.model.Endpoint;
import org.kos.psl.model.ProcessClass;
import org.kos.psl.rules.PslRule;
import org.kos.psl.types.PslType;

/**
 * Resolves selectors against the policy's classes and their endpoints (spec §4, §16 item 10): a
 * class must be declared, an endpoint, interface, component or method must exist among the
 * endpoints the enclosing selectors leave possible. Also answers what {@code message} is where the
 * selectors fix a method.
 */
final class SelectorResolver {
  /** The order in which one header's selectors are resolved: classes, then where, then the method. */
  private static final List<SelectorKey> ORDER = List.of(SelectorKey.SRC, SelectorKey.DST, SelectorKey.INTERFACE,
      SelectorKey.COMPONENT, SelectorKey.ENDPOINT, SelectorKey.METHOD);

  /** One endpoint (or security interface) of one class that an event could be addressed to. */
  record Target(ProcessClass owner, Endpoint endpoint) {}

  private final Map<String, ProcessClass> classes;
  private final Model nk;
  private final Diagnostics diagnostics;

  SelectorResolver(Map<String, ProcessClass> classes, Model nk, Diagnostics diagnostics) {
    this.classes = classes;
    this.nk = nk;
    this.diagnostics = diagnostics;
  }

  /**
   * The context after a header's or match section's selectors. {@code header}: the selectors of one
   * binding header (a key given twice is PS0310); otherwise a match section (a key that contradicts an
   * enclosing one makes the section unreachable, PS0302). Null when the section can never be entered.
   */
  EventContext apply(EventContext outer, List<Selector> selectors, boolean header) {
    Map<SelectorKey, Selector> given = new EnumMap<>(SelectorKey.class);
    for (Selector s : selectors) {
      Selector before = given.putIfAbsent(s.key(), s);
      if (before != null) {
        diagnostics.report(PslRule.PS0310.at(s.span(), "'" + s.key().keyword() + "=' is given twice"
            + (before.value().text().equals(s.value().text()) ? "" : ": an event cannot match both")));
      }
    }
    EventContext ctx = outer;
    for (SelectorKey key : ORDER) {
      Selector s = given.get(key);
      if (s == null) {
        continue;
      }
      if (!allowed(ctx.kind, s)) {
        ctx = ctx.unresolvedCopy();
        continue;
      }
      String value = s.value().text();
      String enclosing = ctx.get(key);
      if (enclosing != null) {
        if (!enclosing.equals(value)) {
          if (!ctx.unresolved) {
            diagnostics.report(PslRule.PS0302.at(s.span(), "this section can never be entered: an enclosing selector "
                + "already requires " + key.keyword() + "=" + enclosing));
          }
          return null;
        }
        continue;
      }
      if (ctx.unresolved) {
        ctx = ctx.with(key, value);
        continue;
      }
      ctx = resolve(ctx, s) ? ctx.with(key, value) : ctx.unresolvedCopy();
    }
    return ctx;
  }

  private boolean allowed(EventKind kind, Selector s) {
    SelectorKey k = s.key();
    if (kind == EventKind.SECURITY && k == SelectorKey.DST) {
      diagnostics.report(PslRule.PS0301.at(s.span(), "security events have no destination: a process asks the "
          + "security module itself; use src= to name the asking class"));
      return false;
    }
    if (kind == EventKind.EXECUTE && (k == SelectorKey.ENDPOINT || k == SelectorKey.INTERFACE
        || k == SelectorKey.COMPONENT)) {
      diagnostics.report(PslRule.PS0301.at(s.span(), "execute events have no " + k.keyword()
          + ": select them by src= (the starting class), dst= (the started class) and method=main"));
      return false;
    }
    return true;
  }

  /** Checks one selector's value against what the context leaves possible; false after reporting. */
  private boolean resolve(EventContext ctx, Selector s) {
    String value = s.value().text();
    switch (s.key()) {
      case SRC, DST -> {
        if (classes.containsKey(value)) {
          return true;
        }
        String best = Suggest.closest(value, classes.keySet());
        diagnostics.report(PslRule.PS0204.at(s.value().span(), "unknown class '" + value + "'"
            + (best != null ? "; did you mean '" + best + "'?" : "; declare it with 'use EDL " + value + "'")));
        return false;
      }
      case METHOD -> {
        return resolveMethod(ctx, s);
      }
      default -> {
        return resolveWhere(ctx, s);
      }
    }
  }

  private boolean resolveMethod(EventContext ctx, Selector s) {
    String value = s.value().text();
    if (ctx.kind == EventKind.EXECUTE) {
      if (value.equals("main")) {
        return true;
      }
      diagnostics.report(PslRule.PS0206.at(s.value().span(), "the only method of an execute event is main "
          + "(kl.core.Execute)"));
      return false;
    }
    if (nk == null || serverUnresolved(ctx)) {
      return true;
    }
    Set<String> methods = new LinkedHashSet<>();
    Set<String> ifaces = new LinkedHashSet<>();
    for (Target t : targets(ctx)) {
      ifaces.add(t.endpoint().iface());
      nk.iface(t.endpoint().iface()).ifPresent(i -> i.methods().forEach(m -> methods.add(m.name())));
    }
    if (methods.contains(value)) {
      return true;
    }
    String best = Suggest.closest(value, methods);
    String where = ifaces.size() == 1 ? "interface " + ifaces.iterator().next() + " has no method '" + value + "'"
        : ifaces.isEmpty() ? "no endpoint the selectors allow has a method '" + value + "'"
        : "none of the interfaces the selectors allow (" + String.join(", ", ifaces) + ") has a method '" + value + "'";
    diagnostics.report(PslRule.PS0206.at(s.value().span(), where
        + (best != null ? "; did you mean '" + best + "'?" : "")));
    return false;
  }

  /** endpoint=, interface=, component=: some endpoint of the possible classes must fit. */
  private boolean resolveWhere(EventContext ctx, Selector s) {
    if (nk == null || serverUnresolved(ctx)) {
      return true;
    }
    String value = s.value().text();
    EventContext with = ctx.with(s.key(), value);
    if (!targets(with).isEmpty()) {
      return true;
    }
    Set<String> candidates = new LinkedHashSet<>();
    for (Target t : targets(ctx)) {
      switch (s.key()) {
        case ENDPOINT -> candidates.add(t.endpoint().path());
        case INTERFACE -> candidates.add(t.endpoint().iface());
        default -> candidates.addAll(t.endpoint().components());
      }
    }
    String best = Suggest.closest(value, candidates);
    String server = ctx.get(ctx.serverKey() == null ? SelectorKey.DST : ctx.serverKey());
    String what = switch (s.key()) {
      case ENDPOINT -> "endpoint '" + value + "'";
      case INTERFACE -> "an endpoint implementing interface '" + value + "'";
      default -> "an endpoint in an instance of component '" + value + "'";
    };
    String message;
    if (server != null) {
      message = "class " + server + " has no " + what;
    } else if (!candidates.isEmpty() || ctx.values.size() > 0) {
      message = "no endpoint the selectors allow is " + what.replaceFirst("^an endpoint ", "").replaceFirst("^endpoint ",
          "named ");
    } else {
      message = "no class of the policy has " + what;
    }
    if (s.key() == SelectorKey.INTERFACE && nk.iface(value).isEmpty() && ctx.kind != EventKind.SECURITY) {
      message = "unknown interface '" + value + "'";
    }
    String hint = best != null ? "; did you mean '" + best + "'?" : "";
    if (best == null && s.key() == SelectorKey.ENDPOINT) {
      // endpoint=app.Ping for an endpoint 'ping : app.Ping' mixes up the endpoint and its interface.
      List<String> named = targets(ctx).stream().filter(t -> t.endpoint().iface().equals(value))
          .map(t -> t.endpoint().path()).distinct().toList();
      if (!named.isEmpty()) {
        hint = "; '" + value + "' is the interface of endpoint " + String.join(", ", named) + ": write endpoint="
            + named.get(0) + " or interface=" + value;
      } else if (!candidates.isEmpty() && candidates.size() <= 6) {
        hint = " (endpoints: " + String.join(", ", candidates) + ")";
      }
    }
    diagnostics.report(PslRule.PS0205.at(s.value().span(), message + hint));
    return false;
  }

  /** Whether the server class is one whose EDL could not be read, so its endpoints are unknown. */
  private boolean serverUnresolved(EventContext ctx) {
    SelectorKey k = ctx.serverKey();
    String server = k == null ? null : ctx.get(k);
    if (server != null) {
      ProcessClass c = classes.get(server);
      return c == null || (c.edl() != null && nk.classes().get(c.edl()) == null);
    }
    return false;
  }

  /** Every (class, endpoint) an event of this context may be addressed to. */
  List<Target> targets(EventContext ctx) {
    List<Target> out = new ArrayList<>();
    SelectorKey serverKey = ctx.serverKey();
    if (serverKey == null) {
      return out;
    }
    String server = ctx.get(serverKey);
    List<ProcessClass> owners = server != null && classes.containsKey(server) ? List.of(classes.get(server))
        : new ArrayList<>(classes.values());
    String endpoint = ctx.get(SelectorKey.ENDPOINT);
    String iface = ctx.get(SelectorKey.INTERFACE);
    String component = ctx.get(SelectorKey.COMPONENT);
    String method = ctx.get(SelectorKey.METHOD);
    for (ProcessClass c : owners) {
      List<Endpoint> endpoints = ctx.kind == EventKind.SECURITY
          ? (c.securityInterface() == null ? List.of() : List.of(new Endpoint("", c.securityInterface(), List.of())))
          : c.endpoints();
      for (Endpoint e : endpoints) {
        if ((endpoint == null || ctx.kind == EventKind.SECURITY || e.path().equals(endpoint))
            && (iface == null || e.iface().equals(iface))
            && (component == null || ctx.kind == EventKind.SECURITY || e.components().contains(component))
            && (method == null || hasMethod(e.iface(), method))) {
          out.add(new Target(c, e));
        }
      }
    }
    return out;
  }

  private boolean hasMethod(String iface, String method) {
    return nk != null && methodNames.computeIfAbsent(iface, i -> {
      java.util.Set<String> names = new java.util.HashSet<>();
      nk.iface(i).ifPresent(x -> x.methods().forEach(m -> names.add(m.name())));
      return names;
    }).contains(method);
  }

  /** Method names by interface, looked up for every selector: computed once per policy. */
  private final Map<String, java.util.Set<String>> methodNames = new java.util.HashMap<>();

  /** The methods an event of this context may call, one per distinct interface. */
  List<Method> methods(EventContext ctx) {
    String method = ctx.get(SelectorKey.METHOD);
    List<Method> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Target t : targets(ctx)) {
      if (seen.add(t.endpoint().iface())) {
        nk.iface(t.endpoint().iface()).flatMap(i -> find(i, method)).ifPresent(out::add);
      }
    }
    return out;
  }

  private static java.util.Optional<Method> find(Interface i, String name) {
    return i.methods().stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** The interfaces (sorted) in which an event of this context finds its method, for messages. */
  List<String> interfacesOf(EventContext ctx) {
    Set<String> out = new java.util.TreeSet<>(Comparator.naturalOrder());
    targets(ctx).forEach(t -> out.add(t.endpoint().iface()));
    return new ArrayList<>(out);
  }

  static Direction direction(EventKind kind) {
    return switch (kind) {
      case RESPONSE -> Direction.OUT;
      case ERROR -> Direction.ERROR;
      default -> Direction.IN;
    };
  }

  /** An empty message, for execute events. */
  static PslType.Dict empty() {
    return new PslType.Dict(Map.of(), false);
  }
}
