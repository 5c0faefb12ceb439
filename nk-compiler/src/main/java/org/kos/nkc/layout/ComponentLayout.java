package org.kos.nkc.layout;

import java.util.List;
import org.kos.nkc.model.ComponentKind;

/**
 * A CDL component or EDL class as a server sees it: every endpoint of its tree in RIID order, every
 * component instance (depth first) with its iid offset, and the bounds over all endpoints'
 * interfaces (the vendor's {@code C_component_req_arena_size} etc.; an EDL's
 * {@code C_entity_*} values are the same numbers).
 */
public record ComponentLayout(String name, ComponentKind kind, List<EndpointLayout> endpoints,
    List<InstanceLayout> instances, MessageBounds bounds) {
  /** The header's {@code riid} is a u16 and 0xFFFF means invalid: RIIDs 0..65534. */
  public static final int MAX_ENDPOINTS = 0xFFFF;

  public ComponentLayout {
    endpoints = List.copyOf(endpoints);
    instances = List.copyOf(instances);
  }

  /** The vendor's {@code C_iidMax}: the number of endpoints. */
  public int iidMax() {
    return endpoints.size();
  }

  /** The endpoint published as {@code name} (either of its two names). */
  public EndpointLayout endpoint(String name) {
    return endpoints.stream().filter(e -> e.name().equals(name) || e.qualifiedName().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no endpoint " + name + " in " + this.name));
  }
}
