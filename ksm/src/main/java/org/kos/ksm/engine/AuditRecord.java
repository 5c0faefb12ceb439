package org.kos.ksm.engine;

import java.time.Instant;
import org.kos.ksm.model.Decision;

/**
 * One audited decision: when, the event, the rule call (object.method at file:line:col, or null
 * for an event denied before or without any rule: invalid message, no rule, evaluation error), the
 * rule's result and the event's decision, with the reason of a denial.
 */
public record AuditRecord(Instant time, String event, String rule, Decision ruleResult, Decision decision,
    String reason) {
  /** {@code 2026-12-05T19:20:01.123Z request demo.Client -> demo.Server calc.ops.Add rule=base.grant@security.psl:9:5 granted event=granted}. */
  public String line() {
    StringBuilder b = new StringBuilder().append(time).append(' ').append(event);
    if (rule != null && ruleResult != null) {
      b.append(" rule=").append(rule).append(' ').append(ruleResult.name().toLowerCase(java.util.Locale.ROOT));
    } else if (rule != null) {
      b.append(' ').append(rule);
    }
    b.append(" event=").append(decision.name().toLowerCase(java.util.Locale.ROOT));
    if (reason != null) {
      b.append(" (").append(reason).append(')');
    }
    return b.toString();
  }
}
