package org.kos.ksm.models;

import org.kos.ksm.model.Decision;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.Values;

/** Bool (spec §8.3): {@code all}, {@code any}, {@code cond} and the rule {@code assert}. */
final class Bool extends NamedObject {

  Bool(String name) {
    super(name);
  }


  @Override
  public Method method(String method) {
    switch (method) {
      case "all":
        return (argument, event) -> every(argument, true);
      case "any":
        return (argument, event) -> !every(argument, false);
      case "cond":
        return (argument, event) -> Args.bool(Values.field(argument, "if"), "cond's if")
            ? Values.field(argument, "then") : Values.field(argument, "else");
      case "assert":
        return (argument, event) -> Decision.of(Args.bool(argument, "assert's argument"));
      default:
        return unknown("Bool", method);
    }
  }

  /** Whether every element equals {@code want}; each element must be a Boolean. */
  private static boolean every(Object list, boolean want) throws EvalException {
    boolean all = true;
    for (Object b : Values.list(list, "the argument")) {
      all &= Args.bool(b, "an element") == want;
    }
    return all;
  }
}
