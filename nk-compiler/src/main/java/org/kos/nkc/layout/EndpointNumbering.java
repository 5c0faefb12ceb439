package org.kos.nkc.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kos.nkc.model.Component;
import org.kos.nkc.model.Model;

/**
 * Numbers the endpoints of a component tree as the vendor does: depth first through component
 * instances, declaration order. Within one component the {@code endpoints} and
 * {@code components} sections are taken in the order they appear in the file (the vendor's
 * relative order is unverified; see docs/ir.md, "RIID order"): the documented CDL grammar puts
 * endpoints first, the EDL grammar components first, and a generator walking the file gives
 * exactly that order. A subtree's endpoints are numbered once per component and shifted.
 */
final class EndpointNumbering {
  private final Model model;
  private final Map<String, Tree> trees = new HashMap<>();

  EndpointNumbering(Model model) {
    this.model = model;
  }

  /** A component's endpoints and instances with RIIDs, paths and offsets relative to itself. */
  record Tree(List<EndpointLayout> endpoints, List<InstanceLayout> instances) {}

  Tree of(Component c) {
    // Keyed by kind too: a class and a component may share a name (the SDK's wpa.WpaSupplicant is both).
    String key = c.kind() + " " + c.name();
    Tree known = trees.get(key);
    if (known == null) {
      known = number(c);
      trees.put(key, known);
    }
    return known;
  }

  private Tree number(Component c) {
    List<EndpointLayout> endpoints = new ArrayList<>();
    List<InstanceLayout> instances = new ArrayList<>();
    if (instancesFirst(c)) {
      addInstances(c, endpoints, instances);
      addOwn(c, endpoints);
    } else {
      addOwn(c, endpoints);
      addInstances(c, endpoints, instances);
    }
    return new Tree(endpoints, instances);
  }

  private static boolean instancesFirst(Component c) {
    return !c.endpoints().isEmpty() && !c.instances().isEmpty()
        && c.instances().get(0).span().start() < c.endpoints().get(0).span().start();
  }

  private static void addOwn(Component c, List<EndpointLayout> endpoints) {
    for (Component.Endpoint e : c.endpoints()) {
      endpoints.add(new EndpointLayout(endpoints.size(), e.name(), c.name() + "." + e.name(), e.iface()));
    }
  }

  private void addInstances(Component c, List<EndpointLayout> endpoints, List<InstanceLayout> instances) {
    for (Component.Instance i : c.instances()) {
      Component sub = model.component(i.component())
          .orElseThrow(() -> new IllegalArgumentException("component " + i.component() + " is not in the model"));
      Tree t = of(sub);
      int offset = endpoints.size();
      instances.add(new InstanceLayout(i.name(), sub.name(), offset, t.endpoints().size()));
      for (InstanceLayout n : t.instances()) {
        instances.add(new InstanceLayout(i.name() + "." + n.path(), n.component(), offset + n.iidOffset(),
            n.endpointCount()));
      }
      for (EndpointLayout e : t.endpoints()) {
        endpoints.add(new EndpointLayout(offset + e.riid(), i.name() + "." + e.name(), e.qualifiedName(), e.iface()));
      }
    }
  }
}
