package org.kos.audit.analysis;

import java.util.List;
import org.kos.psl.ast.EventKind;

/**
 * One event key and what the policy decides for it. {@code src} sends the event: the client of a
 * request, the server of a response, the starter of an execute, the caller of a security method.
 * {@code dst} is null for a security event; {@code endpoint} (the serving class's endpoint path) and
 * {@code iface} are null for an execute and {@code endpoint} is "" for a security event.
 * {@code dependsOn} says what a conditional verdict depends on: {@code message} (its values),
 * {@code state} (a stateful model object: Flow, HashSet, StaticMap, Mic), {@code sid} (the SIDs of
 * the event), {@code other} (anything else). {@code rules} are the applying statements in the order
 * the engine calls them.
 */
public record Access(EventKind kind, String src, String dst, String endpoint, String iface, String method,
    Verdict verdict, List<String> dependsOn, List<Rule> rules) {
  public Access {
    dependsOn = List.copyOf(dependsOn);
    rules = List.copyOf(rules);
  }

  /** The first rule that grants (a {@code grant ()} when there is one), else the first rule; null without rules. */
  public Rule grantingRule() {
    return rules.stream().filter(Rule::grant).findFirst().orElse(rules.isEmpty() ? null : rules.get(0));
  }
}
