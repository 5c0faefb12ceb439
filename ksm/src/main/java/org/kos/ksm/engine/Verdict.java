package org.kos.ksm.engine;

import org.kos.ksm.model.Decision;

/**
 * The engine's answer for one event: the decision and, for a denial, why (with the policy line).
 * {@code evaluationError} tells a denial caused by an expression failing (spec §7) from one the
 * rules decided: PAL's {@code any} expectation accepts either decision but not an error (§16 item 22).
 */
public record Verdict(Decision decision, String reason, boolean evaluationError) {
  static final Verdict GRANTED = new Verdict(Decision.GRANTED, null);

  public Verdict(Decision decision, String reason) {
    this(decision, reason, false);
  }

  public boolean granted() {
    return decision == Decision.GRANTED;
  }
}
