package org.kos.nkc.resolve;

import java.math.BigInteger;
import java.util.function.Function;
import org.kos.nkc.ast.Expr;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.rules.Rule;

/**
 * Evaluates integer expressions exactly (BigInteger) with the vendor's semantics: floor division,
 * {@code %} taking the sign of the divisor, arithmetic right shift, {@code ~a = -a-1}. Every
 * intermediate result must lie in [-2^63, 2^64-1] (what a 64-bit signed or unsigned value can
 * hold), otherwise it is an overflow. Returns null after reporting an error, and null silently
 * when an operand was already in error, so one mistake gives one diagnostic.
 */
final class ConstEvaluator {
  static final BigInteger MIN = BigInteger.ONE.shiftLeft(63).negate();
  static final BigInteger MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  private static final BigInteger SIXTY_THREE = BigInteger.valueOf(63);

  private final Diagnostics diagnostics;
  private final Function<Expr.ConstRef, BigInteger> constants;

  /** @param constants the value of a named constant, or null (already reported) */
  ConstEvaluator(Diagnostics diagnostics, Function<Expr.ConstRef, BigInteger> constants) {
    this.diagnostics = diagnostics;
    this.constants = constants;
  }

  BigInteger eval(Expr e) {
    if (e instanceof Expr.Literal lit) {
      if (lit.value().compareTo(MAX) > 0) {
        diagnostics.report(Rule.NK0308.at(lit.span(),
            "integer literal " + lit.span().text() + " does not fit in 64 bits (largest is 0xFFFFFFFFFFFFFFFF)"));
        return null;
      }
      return lit.value();
    }
    if (e instanceof Expr.ConstRef ref) {
      return constants.apply(ref);
    }
    if (e instanceof Expr.Unary u) {
      BigInteger v = eval(u.operand());
      if (v == null) {
        return null;
      }
      BigInteger r = u.op() == Expr.UnaryOp.NEG ? v.negate() : v.not();
      return inRange(r, u.span(), u.op().symbol + v);
    }
    Expr.Binary b = (Expr.Binary) e;
    BigInteger l = eval(b.left());
    BigInteger r = eval(b.right());
    if (l == null || r == null) {
      return null;
    }
    String what = l + " " + b.op().symbol + " " + r;
    return switch (b.op()) {
      case ADD -> inRange(l.add(r), b.span(), what);
      case SUB -> inRange(l.subtract(r), b.span(), what);
      case MUL -> inRange(l.multiply(r), b.span(), what);
      case DIV, MOD -> divide(b, l, r, what);
      case POW -> power(b, l, r, what);
      case SHL, SHR -> shift(b, l, r, what);
    };
  }

  private BigInteger divide(Expr.Binary b, BigInteger l, BigInteger r, String what) {
    if (r.signum() == 0) {
      diagnostics.report(Rule.NK0303.at(b.opSpan(), "division by zero in " + what));
      return null;
    }
    BigInteger[] qr = l.divideAndRemainder(r);
    BigInteger q = qr[0];
    BigInteger m = qr[1];
    if (m.signum() != 0 && m.signum() != r.signum()) { // truncated → floored
      q = q.subtract(BigInteger.ONE);
      m = m.add(r);
    }
    return inRange(b.op() == Expr.BinaryOp.DIV ? q : m, b.span(), what);
  }

  private BigInteger power(Expr.Binary b, BigInteger base, BigInteger exp, String what) {
    if (exp.signum() < 0) {
      diagnostics.report(Rule.NK0304.at(b.right().span(), "negative exponent in " + what + "; the exponent must be 0 or more"));
      return null;
    }
    if (base.signum() == 0) {
      return exp.signum() == 0 ? BigInteger.ONE : BigInteger.ZERO;
    }
    if (base.abs().equals(BigInteger.ONE)) {
      return base.signum() < 0 && exp.testBit(0) ? base : BigInteger.ONE;
    }
    if (exp.compareTo(BigInteger.valueOf(64)) > 0) { // |base| >= 2: surely outside 64 bits
      return inRange(MAX.add(BigInteger.ONE), b.span(), what);
    }
    return inRange(base.pow(exp.intValue()), b.span(), what);
  }

  private BigInteger shift(Expr.Binary b, BigInteger l, BigInteger r, String what) {
    if (r.signum() < 0 || r.compareTo(SIXTY_THREE) > 0) {
      diagnostics.report(Rule.NK0305.at(b.right().span(), "shift count " + r + " in " + what + " is outside 0..63"));
      return null;
    }
    int n = r.intValue();
    return inRange(b.op() == Expr.BinaryOp.SHL ? l.shiftLeft(n) : l.shiftRight(n), b.span(), what);
  }

  private BigInteger inRange(BigInteger v, org.kos.nkc.diag.SourceSpan span, String what) {
    if (v.compareTo(MIN) < 0 || v.compareTo(MAX) > 0) {
      diagnostics.report(Rule.NK0302.at(span,
          "integer overflow: " + what + " is outside the 64-bit range -2^63..2^64-1"));
      return null;
    }
    return v;
  }
}
