package org.kos.nkc.ast;

import java.math.BigInteger;
import org.kos.nkc.diag.SourceSpan;

/** An integer expression (1.2+; a bare literal in older generations). */
public sealed interface Expr {
  SourceSpan span();

  /** A literal; {@code value} is exact, range checks happen at evaluation. */
  record Literal(BigInteger value, SourceSpan span) implements Expr {}

  /** A reference to a named constant, possibly qualified. */
  record ConstRef(QualifiedName name, SourceSpan span) implements Expr {}

  record Unary(UnaryOp op, Expr operand, SourceSpan span) implements Expr {}

  /** {@code opSpan} is the operator itself, where errors such as division by zero point. */
  record Binary(BinaryOp op, Expr left, Expr right, SourceSpan opSpan, SourceSpan span) implements Expr {}

  enum UnaryOp {
    NEG("-"),
    NOT("~");

    public final String symbol;

    UnaryOp(String symbol) {
      this.symbol = symbol;
    }
  }

  enum BinaryOp {
    POW("**"),
    MUL("*"),
    DIV("/"),
    MOD("%"),
    ADD("+"),
    SUB("-"),
    SHL("<<"),
    SHR(">>");

    public final String symbol;

    BinaryOp(String symbol) {
      this.symbol = symbol;
    }
  }
}
