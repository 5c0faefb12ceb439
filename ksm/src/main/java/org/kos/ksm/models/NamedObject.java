package org.kos.ksm.models;

import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.EventState;
import org.kos.ksm.model.ModelObject;

/**
 * What every model object has: the name the policy gave it, and calls by name going through the
 * methods the model resolves ({@link #method}), so that both ways run the same code.
 */
abstract class NamedObject implements ModelObject {
  protected final String name;

  NamedObject(String name) {
    this.name = name;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Object call(String method, Object argument, EventState event) throws EvalException {
    return method(method).call(argument, event);
  }

  @Override
  public abstract Method method(String method);

  /** A method {@code model} does not have: an evaluation error when called. */
  static Method unknown(String model, String method) {
    return (argument, event) -> {
      throw Args.unknownMethod(model, method);
    };
  }
}
