package org.kos.confinement;

/** Why a reference is refused: the id, what was referenced, the message. */
record Refusal(ConfinementRule rule, String reference, String message) {
  static Refusal of(ConfinementRule rule, String reference, String hint) {
    return new Refusal(rule, reference, rule.message(reference, hint));
  }
}
