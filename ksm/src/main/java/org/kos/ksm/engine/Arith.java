package org.kos.ksm.engine;

import java.util.Objects;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.Unit;

/**
 * The built-in operators (Pred, Bool, Math; spec §6, §8.2-8.4) on run-time values. Integer results
 * outside the signed 64-bit range are evaluation errors (spec §16 item 17), so the event is denied.
 */
final class Arith {
  private Arith() {}

  /** A binary operator resolved once, when the policy is loaded. */
  @FunctionalInterface
  interface Binary {
    Object apply(Object l, Object r) throws EvalException;
  }

  /** The operator {@code op}, resolved: evaluation then skips the dispatch by its text. */
  static Binary binary(String op) {
    switch (op) {
      case "==":
        return Objects::equals;
      case "!=":
        return (l, r) -> !Objects.equals(l, r);
      case "<":
        return (l, r) -> integer(l, op) < integer(r, op);
      case "<=":
        return (l, r) -> integer(l, op) <= integer(r, op);
      case ">":
        return (l, r) -> integer(l, op) > integer(r, op);
      case ">=":
        return (l, r) -> integer(l, op) >= integer(r, op);
      case "&":
        return (l, r) -> integer(l, op) & integer(r, op);
      case "|":
        return (l, r) -> integer(l, op) | integer(r, op);
      default:
        return (l, r) -> binary(op, l, r); // + - * (overflow checked), and unknown operators' errors
    }
  }

  static Object binary(String op, Object l, Object r) throws EvalException {
    switch (op) {
      case "==":
        return Objects.equals(l, r);
      case "!=":
        return !Objects.equals(l, r);
      default:
        break;
    }
    long a = integer(l, op);
    long b = integer(r, op);
    try {
      switch (op) {
        case "+":
          return Math.addExact(a, b);
        case "-":
          return Math.subtractExact(a, b);
        case "*":
          return Math.multiplyExact(a, b);
        case "&":
          return a & b;
        case "|":
          return a | b;
        case "<":
          return a < b;
        case "<=":
          return a <= b;
        case ">":
          return a > b;
        case ">=":
          return a >= b;
        default:
          throw new EvalException("unknown operator " + op);
      }
    } catch (ArithmeticException e) {
      throw new EvalException("integer overflow in " + a + " " + op + " " + b);
    }
  }

  static Object unary(String op, Object v) throws EvalException {
    if (op.equals("!")) {
      return !bool(v, op);
    }
    return ~integer(v, op);
  }

  static boolean bool(Object v, String what) throws EvalException {
    if (v instanceof Boolean b) {
      return b;
    }
    throw new EvalException("'" + what + "' needs a Boolean, got " + show(v));
  }

  static long integer(Object v, String what) throws EvalException {
    if (v instanceof Long l) {
      return l;
    }
    throw new EvalException("'" + what + "' needs a number, got " + show(v));
  }

  static String show(Object v) {
    return v == Unit.UNIT ? "()" : String.valueOf(v);
  }
}
