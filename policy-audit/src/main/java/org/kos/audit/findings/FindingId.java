package org.kos.audit.findings;

/** The findings of {@code kos solution audit}, each with its page docs/errors/PA000N.md. */
public enum FindingId {
  PA0001(Severity.HIGH, "dangerous kernel method granted unconditionally"),
  PA0002(Severity.HIGH, "binding grants every event of its kind"),
  PA0003(Severity.MEDIUM, "class may call a class it is not connected to"),
  PA0004(Severity.LOW, "connection the policy never allows a request on"),
  PA0005(Severity.MEDIUM, "class may start processes"),
  PA0006(Severity.MEDIUM, "handles may be transferred without restriction"),
  PA0007(Severity.LOW, "dangerous kernel method granted under conditions");

  private final Severity severity;
  private final String title;

  FindingId(Severity severity, String title) {
    this.severity = severity;
    this.title = title;
  }

  public String id() {
    return name();
  }

  public Severity severity() {
    return severity;
  }

  public String title() {
    return title;
  }
}
