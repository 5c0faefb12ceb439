package org.kos.audit.analysis;

import java.util.Locale;

/** What the policy decides for an event key, whatever the message holds and the models' state. */
public enum Verdict {
  /** Every path through the rules that apply calls at least one rule and only {@code grant ()}-like ones. */
  ALWAYS,
  /** Some paths grant and others deny: the decision depends on message values, SIDs or model state. */
  CONDITIONAL,
  /** No rule applies (the engine denies), or every path denies. */
  NEVER;

  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }
}
