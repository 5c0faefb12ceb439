package org.kos.ksm.engine;

import java.util.List;
import java.util.Set;

/**
 * What the policy does for one kind of event between two classes on one endpoint and method: the
 * rule calls and choices of every binding and match section whose selectors match, in order. All
 * selectors test properties fixed by the event's key, so this is computed once per key; only rule
 * arguments and choice heads are evaluated per event. {@code constant} is the decision when no
 * evaluation is needed (no rule at all: denied; only {@code grant ()}: granted), else null.
 */
record Plan(org.kos.ksm.model.Decision constant, Step[] free, Step[] locked, boolean readsOnly) {
  private static final Step[] NONE = new Step[0];

  /** Whether some steps read or change model state (they run under the engine's state lock, or validated). */
  boolean stateful() {
    return locked.length > 0;
  }

  /**
   * A plan whose steps are split into those that read no model state ({@code free}: Base rules,
   * operators, regexes, message fields) and the others ({@code locked}, in order): only the latter
   * are evaluated under the engine's state lock. The decision does not depend on the order rules are
   * called in (every rule must grant), and expressions have no side effects. {@code readsOnly}: no
   * locked step can change state (Flow's {@code allow}, Mic's {@code invoke}, ...), so the engine
   * evaluates them without taking its lock.
   */
  static Plan of(List<Step> steps, org.kos.ksm.model.Decision constant, List<Boolean> statefulSteps) {
    List<Step> free = new java.util.ArrayList<>();
    List<Step> locked = new java.util.ArrayList<>();
    boolean readsOnly = true;
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      (statefulSteps.get(i) ? locked : free).add(s);
      readsOnly &= !(s instanceof Call c ? c.writes() : ((Choice) s).writes());
    }
    return new Plan(constant, free.toArray(NONE), locked.toArray(NONE), readsOnly);
  }

  static Step[] array(List<Step> steps) {
    return steps == null ? null : steps.toArray(NONE);
  }

  sealed interface Step permits Call, Choice {}

  /**
   * A rule call, with where the policy says it ("security.psl:12:5"), the object and method it calls
   * (for audit) and the audit profile of its body ({@code audit p}; null: the global profile).
   * {@code auditsGranted}, {@code auditsDenied}: whether the profile in force audits the call with that
   * result; {@code omitted}: the Flow states during which it does not (Flow's omit), or null.
   */
  record Call(Node rule, String at, boolean isGrant, String object, String method, String profile,
      boolean stateful, boolean writes, boolean auditsGranted, boolean auditsDenied, Set<String> omitted)
      implements Step {}

  /** A choice: its head, alternatives (labels are texts, or regexes for re.select), the {@code _} body. */
  record Choice(Node head, boolean regex, String[] labels, Step[][] bodies, Step[] otherwise,
      String at, boolean stateful, boolean writes) implements Step {}
}
