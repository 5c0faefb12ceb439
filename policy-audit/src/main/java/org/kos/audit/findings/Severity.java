package org.kos.audit.findings;

import java.util.Locale;

/**
 * How much a finding matters (docs/audit.md): {@code high}, a grant the seed says only trusted
 * components may have or that grants everything; {@code medium}, more than the solution's wiring
 * needs; {@code low}, worth a look (a dangerous method under conditions, a connection nothing uses).
 */
public enum Severity {
  HIGH,
  MEDIUM,
  LOW;

  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this is at least as severe as {@code other}. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
