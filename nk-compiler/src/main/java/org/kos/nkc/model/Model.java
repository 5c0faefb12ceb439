package org.kos.nkc.model;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The checked, frozen result of compiling a set of IDL/CDL/EDL files: every package, component
 * and class that was read (inputs and everything they refer to), keyed and iterated by name.
 * The layout, IR, einit and back ends read this and nothing else.
 */
public record Model(SortedMap<String, IdlPackage> packages, SortedMap<String, Component> components,
    SortedMap<String, Component> classes) {
  public Model {
    packages = Collections.unmodifiableSortedMap(new TreeMap<>(packages));
    components = Collections.unmodifiableSortedMap(new TreeMap<>(components));
    classes = Collections.unmodifiableSortedMap(new TreeMap<>(classes));
  }

  /** The interface declared by package {@code name}, if any. */
  public Optional<Interface> iface(String name) {
    IdlPackage p = packages.get(name);
    return p == null ? Optional.empty() : p.iface();
  }

  public Optional<Component> component(String name) {
    return Optional.ofNullable(components.get(name));
  }

  /** An EDL class ({@code task class} or {@code entity}). */
  public Optional<Component> taskClass(String name) {
    return Optional.ofNullable(classes.get(name));
  }
}
