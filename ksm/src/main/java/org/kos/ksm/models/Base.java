package org.kos.ksm.models;

import org.kos.ksm.model.Decision;
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
  public Method method(String method) {
    switch (method) {
      case "grant":
        return (argument, event) -> Decision.GRANTED;
      case "assert":
        return (argument, event) -> Decision.of(Args.bool(argument, "assert's argument"));
      case "deny":
        return (argument, event) -> argument == Unit.UNIT ? Decision.DENIED
            : Decision.of(!Args.bool(argument, "deny's argument"));
      default:
        return unknown("Base", method);
    }
  }
}
