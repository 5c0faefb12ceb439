package org.kos.ksm.models;

import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.Unit;
import org.kos.ksm.model.Values;

/** Reading method arguments: SIDs with the range check every stateful model shares (spec §9). */
final class Args {
  /** What {@link #sid} answers for a SID outside [0, {@link Models#MAX_SIDS}). */
  static final int OUT_OF_RANGE = -1;

  private Args() {}

  static boolean bool(Object v, String what) throws EvalException {
    if (v instanceof Boolean b) {
      return b;
    }
    throw new EvalException(what + " is not a Boolean: " + v);
  }

  /** The SID in field {@code name}, or {@link #OUT_OF_RANGE}: rules deny on it. */
  static int sid(Object argument, String name) throws EvalException {
    return inRange(Values.sid(argument, name));
  }

  /** The SID in field {@code name}; out of range is an error, as expressions need. */
  static int requireSid(Object argument, String name) throws EvalException {
    long sid = Values.sid(argument, name);
    int s = inRange(sid);
    if (s == OUT_OF_RANGE) {
      throw new EvalException(name + " " + sid + " is out of range");
    }
    return s;
  }

  /** A {@code Sid | ()} field: null for {@code ()}. */
  static Integer optionalSid(Object argument, String name) throws EvalException {
    Object v = Values.field(argument, name);
    return v == Unit.UNIT ? null : inRange(Values.integer(v, name));
  }

  static int inRange(long sid) {
    return sid >= 0 && sid < Models.MAX_SIDS ? (int) sid : OUT_OF_RANGE;
  }

  static EvalException unknownMethod(String model, String method) {
    return new EvalException("the " + model + " model has no method '" + method + "'");
  }
}
