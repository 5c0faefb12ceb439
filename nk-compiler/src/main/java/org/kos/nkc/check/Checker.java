package org.kos.nkc.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceSpan;
import org.kos.nkc.model.Component;
import org.kos.nkc.model.Declaration;
import org.kos.nkc.model.Direction;
import org.kos.nkc.model.Handles;
import org.kos.nkc.model.IdlPackage;
import org.kos.nkc.model.Interface;
import org.kos.nkc.model.Method;
import org.kos.nkc.model.Model;
import org.kos.nkc.model.Parameter;
import org.kos.nkc.model.StructType;
import org.kos.nkc.model.Type;
import org.kos.nkc.model.Typedef;
import org.kos.nkc.rules.Rule;
import org.kos.nkc.sdk.SdkVersion;

/**
 * The vendor's rules and our own on a resolved model: names, uniqueness, parameter order, handle
 * limits, security interfaces. Errors are reported for every file read; warnings only for the
 * files the user named (a warning in the SDK is nothing the user can act on).
 */
public final class Checker {
  /** At most this many handles travel in one message (vendor limit). */
  public static final int MAX_HANDLES = 7;

  private static final int DIRECTIONS = Direction.values().length;

  private final Diagnostics diagnostics;
  /** Handle counts of structs, by identity: records hash deeply, and structs nest. */
  private final Map<StructType, Long> handleCounts = new IdentityHashMap<>();

  private final SdkVersion sdk;

  private Checker(Diagnostics diagnostics, SdkVersion sdk) {
    this.diagnostics = diagnostics;
    this.sdk = sdk;
  }

  public static void check(Model model, Diagnostics diagnostics) {
    check(model, diagnostics, SdkVersion.NEWEST);
  }

  /** The rules of SDK generation {@code sdk} (docs/sdk-versions.md). */
  public static void check(Model model, Diagnostics diagnostics, SdkVersion sdk) {
    // Sizes need every type resolved; after resolution errors they would only repeat them.
    boolean resolved = !diagnostics.hasErrors();
    Checker c = new Checker(diagnostics, sdk);
    for (IdlPackage p : model.packages().values()) {
      c.checkPackage(p);
    }
    for (Component comp : model.components().values()) {
      c.checkComponent(comp);
    }
    for (Component comp : model.classes().values()) {
      c.checkComponent(comp);
    }
    c.checkSecurityInterfaces(model);
    if (resolved) {
      WireLimits.check(model, diagnostics);
    }
  }

  private void checkPackage(IdlPackage p) {
    for (Declaration d : p.declarations()) {
      if (d instanceof StructType s) {
        checkFields(s);
        s.fields().forEach(f -> checkNoHandlesInSequence(f.type(), f.span(), "field", f.name()));
      } else if (d instanceof Typedef t) {
        checkNoHandlesInSequence(t.target(), t.span(), "typedef", t.name());
      }
    }
    p.iface().ifPresent(i -> checkInterface(p, i));
  }

  /**
   * A sequence's elements lie in the arena, where the kernel translates no handles, and its count
   * is not static: no sequence may carry handles (docs/wire-format.md). Looks through arrays and
   * sequences written in place; named types are checked where they are declared. The subject
   * ("field 'x'") is put together only for a diagnostic: this runs for every field and parameter.
   */
  private void checkNoHandlesInSequence(Type type, SourceSpan span, String kind, String name) {
    if (type instanceof Type.Array a) {
      checkNoHandlesInSequence(a.element(), span, kind, name);
    } else if (type instanceof Type.Sequence s) {
      if (Handles.count(s.element(), handleCounts) > 0) {
        diagnostics.report(Rule.NK0509.at(span, kind + " '" + name + "' is a " + s.display()
            + " whose elements carry handles; handles travel only in the fixed part of a message:"
            + " use an array, or send them in separate calls"));
      } else {
        checkNoHandlesInSequence(s.element(), span, kind, name);
      }
    }
  }

  private void checkFields(StructType s) {
    String kind = s.union() ? "union" : "struct";
    if (s.fields().isEmpty()) {
      diagnostics.report(Rule.NK0406.at(s.span(), kind + " '" + s.name() + "' has no fields; give it at least one"));
    }
    Map<String, SourceSpan> seen = new HashMap<>();
    for (StructType.Field f : s.fields()) {
      SourceSpan first = seen.putIfAbsent(f.name(), f.span());
      if (first != null) {
        diagnostics.report(Rule.NK0405.at(f.span(), kind + " '" + s.name() + "' already has a field '" + f.name() + "'")
            .withNote("first declared here", first));
      }
    }
  }

  private void checkInterface(IdlPackage p, Interface iface) {
    String last = p.name().substring(p.name().lastIndexOf('.') + 1);
    if (p.input() && iface.declaredName() != null && !iface.declaredName().equals(last)) {
      diagnostics.report(Rule.NK0508.at(iface.span(),
          "interface '" + iface.declaredName() + "' is known to other files as '" + p.name()
              + "' (its package); name it '" + last + "' or drop the name"));
    }
    Map<String, SourceSpan> methods = new HashMap<>();
    for (Method m : iface.methods()) {
      if (m.name().indexOf('_') >= 0) {
        diagnostics.report(Rule.NK0501.at(m.span(),
            "method name '" + m.name() + "' contains '_'; write it in CamelCase, e.g. '" + camel(m.name(), true) + "'"));
      }
      SourceSpan first = methods.putIfAbsent(m.name(), m.span());
      if (first != null) {
        diagnostics.report(Rule.NK0502.at(m.span(), "method '" + m.name() + "' is declared twice; overloading is not supported")
            .withNote("first declared here", first));
      }
      checkParameters(m);
    }
  }

  private void checkParameters(Method m) {
    Map<String, SourceSpan> names = new HashMap<>();
    Direction latest = Direction.IN;
    boolean orderReported = false;
    long[] handles = new long[DIRECTIONS];
    for (Parameter p : m.parameters()) {
      SourceSpan first = names.putIfAbsent(p.name(), p.span());
      if (first != null) {
        diagnostics.report(Rule.NK0503.at(p.span(), "method '" + m.name() + "' already has a parameter '" + p.name() + "'")
            .withNote("first declared here", first));
      }
      if (p.direction().compareTo(latest) < 0 && !orderReported && !acceptedOutOfOrder(p.direction(), latest)) {
        orderReported = true;
        diagnostics.report(Rule.NK0504.at(p.span(),
            word(p.direction()) + " parameter '" + p.name() + "' comes after " + word(latest)
                + " parameters; declare all in, then out, then error parameters"));
      }
      if (p.direction().compareTo(latest) > 0) {
        latest = p.direction();
      }
      checkNoHandlesInSequence(p.type(), p.span(), "parameter", p.name());
      long before = handles[p.direction().ordinal()];
      long after = before + Handles.count(p.type(), handleCounts);
      handles[p.direction().ordinal()] = after;
      if (before <= MAX_HANDLES && after > MAX_HANDLES) {
        diagnostics.report(Rule.NK0505.at(p.span(),
            "with '" + p.name() + "' method '" + m.name() + "' passes " + after + " handles in its "
                + word(p.direction()) + " parameters; at most " + MAX_HANDLES + " fit in one message"));
      }
    }
  }

  /** SDKs up to 1.1 accepted an {@code in} after {@code out} parameters; errors still come last. */
  private boolean acceptedOutOfOrder(Direction direction, Direction latest) {
    return sdk.acceptsInAfterOut() && direction == Direction.IN && latest == Direction.OUT;
  }

  /** {@code get_value} → {@code GetValue} (or {@code getValue}). */
  static String camel(String name, boolean upperFirst) {
    StringBuilder b = new StringBuilder();
    boolean up = upperFirst;
    for (char ch : name.toCharArray()) {
      if (ch == '_') {
        up = b.length() > 0 || upperFirst;
      } else {
        b.append(up ? Character.toUpperCase(ch) : b.length() == 0 && !upperFirst ? Character.toLowerCase(ch) : ch);
        up = false;
      }
    }
    return b.toString();
  }

  private static String word(Direction d) {
    return d.name().toLowerCase(java.util.Locale.ROOT);
  }

  private void checkComponent(Component c) {
    Map<String, SourceSpan> names = new HashMap<>();
    for (Component.Endpoint e : c.endpoints()) {
      name(c, e.name(), e.span(), "endpoint", names);
    }
    for (Component.Instance i : c.instances()) {
      name(c, i.name(), i.span(), "component instance", names);
    }
  }

  private void name(Component c, String name, SourceSpan span, String what, Map<String, SourceSpan> names) {
    if (name.indexOf('_') >= 0) {
      diagnostics.report(Rule.NK0602.at(span, what + " name '" + name + "' contains '_'; write it in camelCase, e.g. '"
          + camel(name, false) + "'"));
    }
    SourceSpan first = names.putIfAbsent(name, span);
    if (first != null) {
      diagnostics.report(Rule.NK0601.at(span, "'" + c.name() + "' already has an endpoint or instance named '" + name + "'")
          .withNote("first declared here", first));
    }
  }

  private void checkSecurityInterfaces(Model model) {
    Set<String> done = new HashSet<>();
    for (Map<String, Component> all : java.util.List.of(model.components(), model.classes())) {
      for (Component c : all.values()) {
        if (c.security().isEmpty() || !done.add(c.security().get().iface())) {
          continue;
        }
        Component.Security sec = c.security().get();
        model.iface(sec.iface()).ifPresent(i -> {
          for (Method m : i.methods()) {
            if (!m.outs().isEmpty() || !m.errors().isEmpty()) {
              diagnostics.report(Rule.NK0506.at(m.span(),
                      "method '" + m.name() + "' of security interface '" + i.name()
                          + "' has out or error parameters; security methods may only take in parameters")
                  .withNote("used as a security interface by '" + c.name() + "' here", sec.span()));
            }
          }
        });
      }
    }
  }
}
