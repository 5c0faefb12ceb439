package org.kos.audit.findings;

/**
 * One finding: its id, the class it is about (null for a binding about every class), where it is
 * (the policy line that grants, or the init.yaml connection), the PSL text there (null for a
 * connection), what it means, and the seed's danger note for a kernel method (else null).
 */
public record Finding(FindingId id, String cls, String at, String psl, String message, String note) {
  public Severity severity() {
    return id.severity();
  }

  /** {@code security.psl:12:5: high[PA0001]: message}. */
  public String format() {
    return at + ": " + severity().keyword() + "[" + id.id() + "]: " + message;
  }
}
