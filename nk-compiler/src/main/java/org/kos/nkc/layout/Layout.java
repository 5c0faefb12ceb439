package org.kos.nkc.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.kos.nkc.model.Component;
import org.kos.nkc.model.Declaration;
import org.kos.nkc.model.IdlPackage;
import org.kos.nkc.model.Model;
import org.kos.nkc.model.StructType;

/**
 * The layout of a whole model: every struct and union (by qualified name), every interface (by
 * package name), every CDL component and every EDL class (by name), each sorted by name.
 */
public record Layout(SortedMap<String, TypeLayout> structs, SortedMap<String, InterfaceLayout> interfaces,
    SortedMap<String, ComponentLayout> components, SortedMap<String, ComponentLayout> classes) {
  public Layout {
    structs = Collections.unmodifiableSortedMap(new TreeMap<>(structs));
    interfaces = Collections.unmodifiableSortedMap(new TreeMap<>(interfaces));
    components = Collections.unmodifiableSortedMap(new TreeMap<>(components));
    classes = Collections.unmodifiableSortedMap(new TreeMap<>(classes));
  }

  /** Lays out a checked model (one without errors: {@code CompileResult.model()}). */
  public static Layout of(Model model) {
    TypeLayouts types = new TypeLayouts();
    MessageLayouts messages = new MessageLayouts(types);
    SortedMap<String, TypeLayout> structs = new TreeMap<>();
    SortedMap<String, InterfaceLayout> interfaces = new TreeMap<>();
    for (IdlPackage p : model.packages().values()) {
      for (Declaration d : p.declarations()) {
        if (d instanceof StructType s) {
          structs.put(s.qualifiedName(), types.of(s));
        }
      }
      p.iface().ifPresent(i -> interfaces.put(p.name(), messages.of(i)));
    }
    EndpointNumbering numbering = new EndpointNumbering(model);
    SortedMap<String, ComponentLayout> components = new TreeMap<>();
    model.components().values().forEach(c -> components.put(c.name(), component(c, numbering, interfaces)));
    SortedMap<String, ComponentLayout> classes = new TreeMap<>();
    model.classes().values().forEach(c -> classes.put(c.name(), component(c, numbering, interfaces)));
    return new Layout(structs, interfaces, components, classes);
  }

  private static ComponentLayout component(Component c, EndpointNumbering numbering,
      SortedMap<String, InterfaceLayout> interfaces) {
    EndpointNumbering.Tree tree = numbering.of(c);
    List<MessageBounds> bounds = new ArrayList<>();
    for (EndpointLayout e : tree.endpoints()) {
      InterfaceLayout i = interfaces.get(e.iface());
      if (i == null) {
        throw new IllegalArgumentException("interface " + e.iface() + " is not in the model");
      }
      bounds.add(i.bounds());
    }
    return new ComponentLayout(c.name(), c.kind(), tree.endpoints(), tree.instances(), MessageBounds.max(bounds));
  }

  /** A struct or union by qualified name, e.g. {@code example.Animal.Food}. */
  public TypeLayout struct(String name) {
    return require(structs.get(name), "struct or union", name);
  }

  public InterfaceLayout iface(String name) {
    return require(interfaces.get(name), "interface", name);
  }

  public ComponentLayout component(String name) {
    return require(components.get(name), "component", name);
  }

  /** An EDL class ({@code task class} or {@code entity}). */
  public ComponentLayout taskClass(String name) {
    return require(classes.get(name), "class", name);
  }

  private static <T> T require(T value, String what, String name) {
    if (value == null) {
      throw new IllegalArgumentException("no " + what + " " + name + " in the layout");
    }
    return value;
  }
}
