package org.kos.libkos;

import java.util.List;

/**
 * What a process is ({@code EntityInfo}): its class name (EIID) and its endpoints. Arguments and
 * environment are given with {@code EntitySetArgs}/{@code EntitySetEnv}, as generated Einit
 * programs do.
 */
public record EntityInfo(String eiid, List<EndpointInfo> endpoints) {
  public EntityInfo {
    endpoints = List.copyOf(endpoints);
  }

  /** A process class without endpoints (a pure client). */
  public static EntityInfo of(String eiid) {
    return new EntityInfo(eiid, List.of());
  }

  /** {@code max_endpoints}: the number of entries (two per endpoint in Einit's tables). */
  public int maxEndpoints() {
    return endpoints.size();
  }
}
