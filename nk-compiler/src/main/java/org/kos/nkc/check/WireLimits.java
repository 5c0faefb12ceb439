package org.kos.nkc.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceSpan;
import org.kos.nkc.layout.ComponentLayout;
import org.kos.nkc.layout.FieldLayout;
import org.kos.nkc.layout.InterfaceLayout;
import org.kos.nkc.layout.MessageLayout;
import org.kos.nkc.layout.MessageLayouts;
import org.kos.nkc.layout.MethodLayout;
import org.kos.nkc.layout.Sizes;
import org.kos.nkc.layout.TypeLayout;
import org.kos.nkc.layout.TypeLayouts;
import org.kos.nkc.model.Component;
import org.kos.nkc.model.Declaration;
import org.kos.nkc.model.Direction;
import org.kos.nkc.model.IdlPackage;
import org.kos.nkc.model.Interface;
import org.kos.nkc.model.Method;
import org.kos.nkc.model.Model;
import org.kos.nkc.model.Parameter;
import org.kos.nkc.model.StructType;
import org.kos.nkc.model.Type;
import org.kos.nkc.model.Typedef;
import org.kos.nkc.rules.Rule;

/**
 * The numbers the wire format can carry (docs/wire-format.md, "Limits"), measured with the layout
 * stage's own arithmetic so that whatever passes here lays out and generates: fixed parts and
 * arenas (NK0408), MIDs (NK0510), RIIDs (NK0604). Needs a model without unresolved types.
 *
 * <p>One mistake gives one diagnostic, where it is written: a type too large is reported where
 * its expression is written (a typedef, a field, a parameter) unless a named type it refers to is
 * already too large (that one was reported at its own declaration); a struct or message made too
 * large by adding fields that each fit is reported at the field or parameter that crosses the
 * limit, and only when none of its parts is too large by itself.
 */
final class WireLimits {
  private final Diagnostics diagnostics;
  private final TypeLayouts types = new TypeLayouts();
  private final MessageLayouts messages = new MessageLayouts(types);
  /** Endpoint counts of component trees, saturated at MAX_ENDPOINTS + 1; by name. */
  private final Map<String, Integer> endpointCounts = new HashMap<>();

  private WireLimits(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  static void check(Model model, Diagnostics diagnostics) {
    WireLimits w = new WireLimits(diagnostics);
    for (IdlPackage p : model.packages().values()) {
      for (Declaration d : p.declarations()) {
        if (d instanceof StructType s) {
          w.checkStruct(s);
        } else if (d instanceof Typedef t) {
          w.checkWritten(t.target(), t.span(), "typedef", t.name());
        }
      }
      p.iface().ifPresent(w::checkInterface);
    }
    for (Map<String, Component> all : List.of(model.components(), model.classes())) {
      for (Component c : all.values()) {
        w.checkEndpointCount(c, model);
      }
    }
  }

  private boolean tooLarge(TypeLayout l) {
    return l.size() > MessageLayout.MAX_FIXED_SIZE || l.maxArena() > MessageLayout.MAX_ARENA;
  }

  /**
   * Reports a type expression written at {@code span} that is too large, unless the first named
   * type it reaches through arrays and sequences is: that one was reported where it is declared.
   * Returns whether the type is too large (reported here or not). The subject ("field 'x'") is put
   * together only for a diagnostic: this runs for every field and parameter.
   */
  private boolean checkWritten(Type type, SourceSpan span, String kind, String name) {
    TypeLayout l = types.of(type);
    if (!tooLarge(l)) {
      return false;
    }
    if (!namedPartTooLarge(type)) {
      String what = kind + " '" + name + "'";
      if (l.size() > MessageLayout.MAX_FIXED_SIZE) {
        diagnostics.report(Rule.NK0408.at(span, what + " is " + type.display() + ", " + bytes(l.size())
            + " in the fixed part of a message; a message's fixed part holds at most "
            + MessageLayout.MAX_FIXED_SIZE + " bytes"));
      } else {
        diagnostics.report(Rule.NK0408.at(span, what + " is " + type.display() + ", which needs up to "
            + bytes(l.maxArena()) + " of arena; a message's arena holds at most " + MessageLayout.MAX_ARENA
            + " bytes (u32 arenaSize)"));
      }
    }
    return true;
  }

  private boolean namedPartTooLarge(Type type) {
    if (type instanceof Type.Array a) {
      return namedPartTooLarge(a.element());
    }
    if (type instanceof Type.Sequence s) {
      return namedPartTooLarge(s.element());
    }
    return (type instanceof Typedef || type instanceof StructType) && tooLarge(types.of(type));
  }

  private void checkStruct(StructType s) {
    boolean partTooLarge = false;
    for (StructType.Field f : s.fields()) {
      partTooLarge |= checkWritten(f.type(), f.span(), "field", f.name());
    }
    TypeLayout l = types.of(s);
    if (partTooLarge || !tooLarge(l)) {
      return;
    }
    String kind = s.union() ? "union" : "struct";
    long arena = 0;
    for (int i = 0; i < s.fields().size(); i++) {
      FieldLayout member = l.members().get(i);
      StructType.Field f = s.fields().get(i);
      long size = Sizes.alignUp(member.end(), l.alignment());
      arena = s.union() ? arena : Sizes.add(arena, member.type().maxArena());
      if (size > MessageLayout.MAX_FIXED_SIZE) {
        diagnostics.report(Rule.NK0408.at(f.span(), "with field '" + f.name() + "' " + kind + " '" + s.name()
            + "' is " + bytes(size) + "; a message's fixed part holds at most " + MessageLayout.MAX_FIXED_SIZE
            + " bytes"));
        return;
      }
      if (arena > MessageLayout.MAX_ARENA) {
        diagnostics.report(Rule.NK0408.at(f.span(), "with field '" + f.name() + "' " + kind + " '" + s.name()
            + "' needs up to " + bytes(arena) + " of arena; a message's arena holds at most "
            + MessageLayout.MAX_ARENA + " bytes (u32 arenaSize)"));
        return;
      }
    }
  }

  private void checkInterface(Interface iface) {
    if (iface.methods().size() > InterfaceLayout.MAX_METHODS) {
      Method first = iface.methods().get(InterfaceLayout.MAX_METHODS);
      diagnostics.report(Rule.NK0510.at(first.span(), "method '" + first.name() + "' would have MID "
          + InterfaceLayout.MAX_METHODS + ", but a MID is a u16: an interface has at most "
          + InterfaceLayout.MAX_METHODS + " methods; split the interface (it has " + iface.methods().size() + ")"));
    }
    boolean partTooLarge = false;
    for (Method m : iface.methods()) {
      for (Parameter p : m.parameters()) {
        partTooLarge |= checkWritten(p.type(), p.span(), "parameter", p.name());
      }
    }
    if (partTooLarge) {
      return;
    }
    InterfaceLayout il = messages.of(iface);
    for (int mid = 0; mid < iface.methods().size(); mid++) {
      Method m = iface.methods().get(mid);
      MethodLayout ml = il.methods().get(mid);
      checkMessage(m, ml.request(), m.of(Direction.IN));
      checkMessage(m, ml.response(), m.of(Direction.OUT));
      checkMessage(m, ml.error(), m.of(Direction.ERROR));
    }
  }

  /** Parameters that each fit, but not together: reported at the one that crosses the limit. */
  private void checkMessage(Method m, MessageLayout l, List<Parameter> parameters) {
    long arena = 0;
    for (int i = 0; i < parameters.size(); i++) {
      FieldLayout f = l.fields().get(i);
      Parameter p = parameters.get(i);
      long fixedSize = Sizes.alignUp(f.end(), MessageLayout.HEADER_ALIGNMENT);
      arena = Sizes.add(arena, f.type().maxArena());
      if (fixedSize > MessageLayout.MAX_FIXED_SIZE) {
        diagnostics.report(Rule.NK0408.at(p.span(), with(m, l, p) + " has a fixed part of " + bytes(fixedSize)
            + " (header included); a message's fixed part holds at most " + MessageLayout.MAX_FIXED_SIZE
            + " bytes"));
        return;
      }
      if (arena > MessageLayout.MAX_ARENA) {
        diagnostics.report(Rule.NK0408.at(p.span(), with(m, l, p) + " needs up to " + bytes(arena)
            + " of arena; a message's arena holds at most " + MessageLayout.MAX_ARENA + " bytes (u32 arenaSize)"));
        return;
      }
    }
  }

  private static String with(Method m, MessageLayout l, Parameter p) {
    return "with '" + p.name() + "' the " + l.kind().jsonName() + " of method '" + m.name() + "'";
  }

  /**
   * NK0604 at the endpoint or instance of {@code c} that takes the tree past the limit, unless an
   * instance's own tree is already too large (reported at its component).
   */
  private void checkEndpointCount(Component c, Model model) {
    int count = 0;
    for (Object entry : numberingOrder(c)) {
      String what;
      SourceSpan span;
      if (entry instanceof Component.Endpoint e) {
        count++;
        what = "endpoint '" + e.name() + "'";
        span = e.span();
      } else {
        Component.Instance i = (Component.Instance) entry;
        int sub = endpointCount(i.component(), model);
        if (sub > ComponentLayout.MAX_ENDPOINTS) {
          return;
        }
        count += sub;
        what = "instance '" + i.name() + "' (" + sub + " endpoints)";
        span = i.span();
      }
      if (count > ComponentLayout.MAX_ENDPOINTS) {
        diagnostics.report(Rule.NK0604.at(span, "with " + what + " '" + c.name() + "' has more than "
            + ComponentLayout.MAX_ENDPOINTS + " endpoints in its tree, but a RIID is a u16 and 0xFFFF is invalid;"
            + " serve fewer endpoints per process"));
        return;
      }
    }
  }

  /**
   * Endpoints and instances in the order RIIDs are given: source order (each section appears at
   * most once, NK0108, so this is the numbering of layout.EndpointNumbering).
   */
  private static List<Object> numberingOrder(Component c) {
    List<Object> order = new ArrayList<>();
    order.addAll(c.endpoints());
    order.addAll(c.instances());
    order.sort(Comparator.comparingInt(WireLimits::start));
    return order;
  }

  private static int start(Object entry) {
    return entry instanceof Component.Endpoint e ? e.span().start() : ((Component.Instance) entry).span().start();
  }

  /**
   * How many endpoints a component's tree has, at most MAX_ENDPOINTS + 1: counted without listing
   * them, since instances multiply (a tree 30 levels deep with two instances per level has 2^30).
   */
  private int endpointCount(String component, Model model) {
    Integer known = endpointCounts.get(component);
    if (known != null) {
      return known;
    }
    Component c = model.component(component).orElse(null);
    long n = 0;
    if (c != null) {
      n = c.endpoints().size();
      for (Component.Instance i : c.instances()) {
        n = Math.min(n + endpointCount(i.component(), model), ComponentLayout.MAX_ENDPOINTS + 1L);
      }
    }
    int count = (int) Math.min(n, ComponentLayout.MAX_ENDPOINTS + 1L);
    endpointCounts.put(component, count);
    return count;
  }

  private static String bytes(long n) {
    return n == Sizes.SATURATED ? "2^63-1 bytes or more" : n + " bytes";
  }
}
