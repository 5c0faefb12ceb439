package org.kos.psl.model;

import java.util.List;

/**
 * An endpoint of a process class as selectors see it: its path ({@code pingComp.pingImpl}, or
 * {@code log} for an endpoint declared in the EDL itself), the IDL interface it implements, and the
 * CDL components whose instances the path goes through (for {@code component=}).
 */
public record Endpoint(String path, String iface, List<String> components) {
  public Endpoint {
    components = List.copyOf(components);
  }
}
