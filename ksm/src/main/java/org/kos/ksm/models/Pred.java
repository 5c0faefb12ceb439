package org.kos.ksm.models;

import java.util.List;
import java.util.Map;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.Unit;

/** Pred (spec §8.2): {@code pred.empty x}; its comparison operators are the engine's. */
final class Pred extends NamedObject {

  Pred(String name) {
    super(name);
  }


  @Override
  public Method method(String method) {
    return method.equals("empty") ? (argument, event) -> empty(argument) : unknown("Pred", method);
  }

  private static Object empty(Object argument) throws EvalException {
    if (argument instanceof String s) {
      return s.isEmpty();
    }
    if (argument instanceof List<?> l) {
      return l.isEmpty();
    }
    if (argument instanceof Map<?, ?> m) {
      return m.isEmpty();
    }
    if (argument == Unit.UNIT) {
      return true; // () has no elements
    }
    throw new EvalException("pred.empty needs a text, list, set, map or (), got " + argument);
  }
}
