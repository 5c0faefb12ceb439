package org.kos.ksm.module;

import java.util.List;

/** A process class: its number (index in name order), name, endpoints and security interface (or null). */
public record ClassInfo(int id, String name, List<EndpointInfo> endpoints, String securityInterface) {
  /** The endpoint a message with this RIID is addressed to, or null. */
  public EndpointInfo endpoint(int riid) {
    for (EndpointInfo e : endpoints) {
      if (e.riid() == riid) {
        return e;
      }
    }
    return null;
  }
}
