package org.kos.ksm.models;

import java.util.List;
import java.util.Map;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.EventState;
import org.kos.ksm.model.ModelObject;
import org.kos.ksm.model.Unit;

/** Pred (spec §8.2): {@code pred.empty x}; its comparison operators are the engine's. */
final class Pred extends NamedObject {

  Pred(String name) {
    super(name);
  }


  @Override
  public Object call(String method, Object argument, EventState event) throws EvalException {
    if (!method.equals("empty")) {
      throw Args.unknownMethod("Pred", method);
    }
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
