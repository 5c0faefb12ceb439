package org.kos.ksm.models;

import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.Values;

/**
 * Math (spec §8.4): {@code neg}, {@code abs}, {@code sum}, {@code product} and the casts. Results
 * beyond the signed 64-bit range are evaluation errors (§16 item 17); a cast checks its value fits
 * the target. {@code uint64} and {@code sint64} accept every long: a UInt64 of 2^63 or more arrives
 * as a negative long, and the compiler admits no negative value to {@code uint64}.
 */
final class MathModel extends NamedObject {

  MathModel(String name) {
    super(name);
  }


  @Override
  public Method method(String method) {
    return (argument, event) -> call(method, argument);
  }

  private static Object call(String method, Object argument) throws EvalException {
    try {
      switch (method) {
        case "neg": return Math.negateExact(Values.integer(argument, "neg's argument"));
        case "abs": return Math.absExact(Values.integer(argument, "abs's argument"));
        case "sum": return fold(argument, 0, false);
        case "product": return fold(argument, 1, true);
        case "uint8": return cast(argument, method, 0, 0xFFL);
        case "uint16": return cast(argument, method, 0, 0xFFFFL);
        case "uint32": return cast(argument, method, 0, 0xFFFF_FFFFL);
        case "sint8": return cast(argument, method, Byte.MIN_VALUE, Byte.MAX_VALUE);
        case "sint16": return cast(argument, method, Short.MIN_VALUE, Short.MAX_VALUE);
        case "sint32": return cast(argument, method, Integer.MIN_VALUE, Integer.MAX_VALUE);
        case "uint64":
        case "sint64": return Values.integer(argument, method + "'s argument");
        default: throw Args.unknownMethod("Math", method);
      }
    } catch (ArithmeticException e) {
      throw new EvalException("math." + method + ": the result does not fit 64 bits");
    }
  }

  private static long fold(Object list, long start, boolean multiply) throws EvalException {
    long acc = start;
    for (Object v : Values.list(list, "the argument")) {
      long x = Values.integer(v, "an element");
      acc = multiply ? Math.multiplyExact(acc, x) : Math.addExact(acc, x);
    }
    return acc;
  }

  private static long cast(Object argument, String method, long min, long max) throws EvalException {
    long v = Values.integer(argument, method + "'s argument");
    if (v < min || v > max) {
      throw new EvalException("math." + method + ": " + v + " does not fit");
    }
    return v;
  }
}
