package org.kos.ksm.engine;

import java.util.List;

/**
 * What the policy does for one kind of event between two classes on one endpoint and method: the
 * rule calls and choices of every binding and match section whose selectors match, in order. All
 * selectors test properties fixed by the event's key, so this is computed once per key; only rule
 * arguments and choice heads are evaluated per event. {@code constant} is the decision when no
 * evaluation is needed (no rule at all: denied; only {@code grant ()}: granted), else null.
 */
record Plan(List<Step> steps, org.kos.ksm.model.Decision constant, boolean stateful) {
  sealed interface Step permits Call, Choice {}

  /**
   * A rule call, with where the policy says it ("security.psl:12:5"), the object and method it calls
   * (for audit) and the audit profile of its body ({@code audit p}; null: the global profile).
   */
  record Call(Node rule, String at, boolean isGrant, String object, String method, String profile)
      implements Step {}

  /** A choice: its head, alternatives (labels are texts, or regexes for re.select), the {@code _} body. */
  record Choice(Node head, boolean regex, List<String> labels, List<List<Step>> bodies, List<Step> otherwise,
      String at) implements Step {}
}
