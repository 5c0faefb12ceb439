package org.kos.nkc.javagen;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.model.Component;
import org.kos.nkc.model.IdlPackage;
import org.kos.nkc.model.Model;

/**
 * The input files a generated file depends on: an IDL package's own file and, through its
 * imports, every file whose types it may use; a component's file, those of its instances (RIIDs
 * follow their structure) and those of its endpoints' interfaces (bounds follow their layout).
 * Files bundled with the compiler (names in angle brackets, e.g. {@code <sdk>/...}) are not files
 * a build can watch and are left out.
 */
final class SourceDependencies {
  private final Model model;
  private final Map<String, SortedSet<Path>> packages = new HashMap<>();
  private final Map<String, SortedSet<Path>> components = new HashMap<>();

  SourceDependencies(Model model) {
    this.model = model;
  }

  SortedSet<Path> ofPackage(String name) {
    SortedSet<Path> known = packages.get(name);
    if (known != null) {
      return known;
    }
    SortedSet<Path> deps = new TreeSet<>();
    packages.put(name, deps); // imports may be cyclic
    IdlPackage p = model.packages().get(name);
    if (p != null) {
      add(deps, p.file());
      p.imports().forEach(i -> deps.addAll(ofPackage(i)));
    }
    return deps;
  }

  SortedSet<Path> ofComponent(Component c) {
    SortedSet<Path> known = components.get(c.name());
    if (known != null) {
      return known;
    }
    SortedSet<Path> deps = new TreeSet<>();
    components.put(c.name(), deps);
    add(deps, c.file());
    c.endpoints().forEach(e -> deps.addAll(ofPackage(e.iface())));
    c.instances().forEach(i -> model.component(i.component()).ifPresent(d -> deps.addAll(ofComponent(d))));
    return deps;
  }

  private static void add(SortedSet<Path> deps, SourceFile file) {
    if (file != null && !file.name().startsWith("<")) {
      deps.add(Path.of(file.name()));
    }
  }
}
