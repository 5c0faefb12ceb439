package org.kos.audit.findings;

import java.util.List;
import org.kos.audit.analysis.Access;

/**
 * One finding: its id, the class it is about (null for a binding about every class), where it is
 * (the policy line that grants, or the init.yaml connection), the PSL text there (null for a
 * connection), what it means, the seed's danger note for a kernel method (else null), and the event
 * keys it is about (none for a connection; for PA0002, every key its {@code grant ()} decides).
 */
public record Finding(FindingId id, String cls, String at, String psl, String message, String note,
    List<Access> about) {
  public Finding {
    about = List.copyOf(about);
  }

  public Severity severity() {
    return id.severity();
  }

  /** {@code security.psl:12:5: high[PA0001]: message}. */
  public String format() {
    return at + ": " + severity().keyword() + "[" + id.id() + "]: " + message;
  }
}
