package org.kos.psl.ast;

import java.math.BigInteger;
import java.util.List;
import org.kos.nkc.diag.SourceSpan;

/** Expressions (spec §6). Application is juxtaposition with exactly one argument. */
public sealed interface Expr permits Expr.Int, Expr.Text, Expr.Bool, Expr.Unit, Expr.Path, Expr.App, Expr.Record,
    Expr.ListOf, Expr.Binary, Expr.Unary, Expr.Paren, Expr.Bad {
  SourceSpan span();

  /** An integer literal; negative when written {@code - INT} in operand position. */
  record Int(BigInteger value, SourceSpan span) implements Expr {}

  /** A text literal or a {@code ```regex} block. */
  record Text(String value, SourceSpan span) implements Expr {}

  record Bool(boolean value, SourceSpan span) implements Expr {}

  /** {@code ()}. */
  record Unit(SourceSpan span) implements Expr {}

  /** A name and accesses: {@code message.a.b}, {@code src_sid}, {@code message.v.[2].x}. */
  record Path(QName head, List<Access> accesses, SourceSpan span) implements Expr {
    public Path {
      accesses = List.copyOf(accesses);
    }
  }

  /** {@code .field} or {@code .[index]} after an index. */
  record Access(Name field, Expr index, SourceSpan span) {}

  /** {@code callee argument}. */
  record App(QName callee, Expr argument, SourceSpan span) implements Expr {}

  record Record(List<Field> fields, SourceSpan span) implements Expr {
    public Record {
      fields = List.copyOf(fields);
    }
  }

  /** {@code name : value} (or {@code name = value}, accepted with a warning). */
  record Field(Name name, Expr value, SourceSpan span) {}

  /** {@code [a, b]}: a list, set or tuple by context. */
  record ListOf(List<Expr> items, SourceSpan span) implements Expr {
    public ListOf {
      items = List.copyOf(items);
    }
  }

  record Binary(BinaryOp op, Expr left, Expr right, SourceSpan opSpan, SourceSpan span) implements Expr {}

  record Unary(UnaryOp op, Expr operand, SourceSpan span) implements Expr {}

  /** {@code ( expr )}: kept because parentheses decide whether a bitwise operator may stand there. */
  record Paren(Expr inner, SourceSpan span) implements Expr {}

  /** Stands for an expression that did not parse (the error was reported). */
  record Bad(SourceSpan span) implements Expr {}

  enum BinaryOp {
    MUL("*"), ADD("+"), SUB("-"), AND("&&"), OR("||"), IMPLIES("==>"),
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), BIT_AND("&"), BIT_OR("|");

    public final String symbol;

    BinaryOp(String symbol) {
      this.symbol = symbol;
    }

    public boolean isComparison() {
      return this == EQ || this == NE || this == LT || this == LE || this == GT || this == GE;
    }

    public boolean isBitwise() {
      return this == BIT_AND || this == BIT_OR;
    }
  }

  enum UnaryOp {
    NOT("!"), COMPLEMENT("~");

    public final String symbol;

    UnaryOp(String symbol) {
      this.symbol = symbol;
    }
  }
}
