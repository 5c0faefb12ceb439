package org.kos.psl.model;

import java.util.List;
import org.kos.nkc.diag.SourceSpan;

/**
 * A process class of the policy: its name (the EDL's, or the one {@code task class X : Y} gives),
 * the EDL it comes from, its endpoints at any depth and its security interface (null when none).
 * {@code declaredAt} is the {@code use EDL} or {@code task class} that declared it.
 */
public record ProcessClass(String name, String edl, List<Endpoint> endpoints, String securityInterface,
    SourceSpan declaredAt) {
  public ProcessClass {
    endpoints = List.copyOf(endpoints);
  }
}
