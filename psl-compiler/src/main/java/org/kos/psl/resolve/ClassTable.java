package org.kos.psl.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kos.nkc.model.Component;
import org.kos.nkc.model.Model;
import org.kos.psl.model.Endpoint;

/**
 * Endpoint tables of the NK model's classes: every endpoint at any depth of the component tree,
 * with its selector path. Computed once per class for a whole run, however many policies use it.
 */
public final class ClassTable {
  /** Component instances nest; a deeper tree than this is a cycle the NK checks reject. */
  private static final int MAX_DEPTH = 64;

  private final Model model;
  private final Map<String, List<Endpoint>> endpoints = new ConcurrentHashMap<>();

  public ClassTable(Model model) {
    this.model = model;
  }

  public Model model() {
    return model;
  }

  /** The EDL class of that name, or null. */
  public Component edlClass(String name) {
    return model == null ? null : model.classes().get(name);
  }

  /** Every endpoint of an EDL class, in declaration order (own endpoints, then each instance's). */
  public List<Endpoint> endpoints(String edlClass) {
    return endpoints.computeIfAbsent(edlClass, n -> {
      List<Endpoint> out = new ArrayList<>();
      Component c = edlClass(n);
      if (c != null) {
        collect(c, "", List.of(), out, 0);
      }
      return List.copyOf(out);
    });
  }

  private void collect(Component c, String prefix, List<String> components, List<Endpoint> out, int depth) {
    for (Component.Endpoint e : c.endpoints()) {
      out.add(new Endpoint(prefix + e.name(), e.iface(), components));
    }
    if (depth >= MAX_DEPTH) {
      return;
    }
    for (Component.Instance i : c.instances()) {
      Component child = model.components().get(i.component());
      if (child != null) {
        List<String> path = new ArrayList<>(components);
        path.add(child.name());
        collect(child, prefix + i.name() + ".", path, out, depth + 1);
      }
    }
  }
}
