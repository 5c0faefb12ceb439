package org.kos.ksm.engine;

import org.kos.ksm.model.Decision;

/** The engine's answer for one event: the decision and, for a denial, why (with the policy line). */
public record Verdict(Decision decision, String reason) {
  static final Verdict GRANTED = new Verdict(Decision.GRANTED, null);

  public boolean granted() {
    return decision == Decision.GRANTED;
  }
}
