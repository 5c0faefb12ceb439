package org.kos.nkc.model;

import java.util.List;
import java.util.Optional;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.diag.SourceSpan;

/**
 * A CDL component or an EDL class: its own endpoints and its component instances, each in
 * declaration order (the order RIIDs are numbered in), and its optional security interface.
 * Endpoints name interfaces and instances name CDL components, by package/component name.
 */
public record Component(String name, ComponentKind kind, SourceFile file, SourceSpan span, boolean input,
    Optional<Security> security, List<Endpoint> endpoints, List<Instance> instances) {
  public Component {
    endpoints = List.copyOf(endpoints);
    instances = List.copyOf(instances);
  }

  /** {@code security iface}: the interface the security monitor sees; {@code span} is the reference. */
  public record Security(String iface, SourceSpan span) {}

  /** {@code name : iface}. */
  public record Endpoint(String name, String iface, SourceSpan span) {}

  /** {@code name : component}. */
  public record Instance(String name, String component, SourceSpan span) {}
}
