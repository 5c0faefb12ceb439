package org.kos.ksm.models;

import org.kos.ksm.model.Decision;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.EventState;
import org.kos.ksm.model.ModelObject;
import org.kos.ksm.model.Unit;

/**
 * Base (spec §8.1): {@code grant ()}, {@code assert (b)}, {@code deny ()} and {@code deny (b)}.
 * {@code deny (false)} grants: vendor policies use it as an event's only rule (§16 item 12).
 */
final class Base extends NamedObject {

  Base(String name) {
    super(name);
  }


  @Override
  public Object call(String method, Object argument, EventState event) throws EvalException {
    switch (method) {
      case "grant":
        return Decision.GRANTED;
      case "assert":
        return Decision.of(Args.bool(argument, "assert's argument"));
      case "deny":
        return argument == Unit.UNIT ? Decision.DENIED : Decision.of(!Args.bool(argument, "deny's argument"));
      default:
        throw Args.unknownMethod("Base", method);
    }
  }
}
