package org.kos.rcdb.scan;

import java.util.List;

/**
 * Evaluates an integer constant expression of C or Java over already-expanded tokens: literals in
 * any base with suffixes, character literals, casts, unary, binary and conditional operators. A
 * name left after expansion is a constant nobody defined: {@link Unresolved}.
 */
final class ConstEval {
  private final List<Token> tokens;
  private int pos;

  private ConstEval(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** The expression could not be evaluated; {@code symbol} is the culprit when it is a name. */
  static final class Unresolved extends Exception {
    private static final long serialVersionUID = 1L;
    final String symbol;

    Unresolved(String symbol, String message) {
      super(message, null, false, false);
      this.symbol = symbol;
    }
  }

  static long evaluate(List<Token> tokens) throws Unresolved {
    if (tokens.isEmpty()) {
      throw new Unresolved(null, "empty expression");
    }
    ConstEval e = new ConstEval(tokens);
    long v = e.conditional();
    if (e.pos < tokens.size()) {
      throw new Unresolved(null, "unexpected '" + tokens.get(e.pos).text() + "'");
    }
    return v;
  }

  private Token peek() {
    return pos < tokens.size() ? tokens.get(pos) : null;
  }

  private boolean accept(String op) {
    Token t = peek();
    if (t != null && t.kind() == Token.Kind.PUNCT && t.text().equals(op)) {
      pos++;
      return true;
    }
    return false;
  }

  private long conditional() throws Unresolved {
    long c = binary(0);
    if (accept("?")) {
      long a = conditional();
      expect(":");
      long b = conditional();
      return c != 0 ? a : b;
    }
    return c;
  }

  private static final String[][] LEVELS = {
    {"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<", ">", "<=", ">="}, {"<<", ">>", ">>>"},
    {"+", "-"}, {"*", "/", "%"}
  };

  private long binary(int level) throws Unresolved {
    if (level == LEVELS.length) {
      return unary();
    }
    long left = binary(level + 1);
    outer:
    while (true) {
      for (String op : LEVELS[level]) {
        if (accept(op)) {
          long right = binary(level + 1);
          left = apply(op, left, right);
          continue outer;
        }
      }
      return left;
    }
  }

  private static long apply(String op, long a, long b) throws Unresolved {
    return switch (op) {
      case "||" -> (a != 0 || b != 0) ? 1 : 0;
      case "&&" -> (a != 0 && b != 0) ? 1 : 0;
      case "|" -> a | b;
      case "^" -> a ^ b;
      case "&" -> a & b;
      case "==" -> a == b ? 1 : 0;
      case "!=" -> a != b ? 1 : 0;
      case "<" -> a < b ? 1 : 0;
      case ">" -> a > b ? 1 : 0;
      case "<=" -> a <= b ? 1 : 0;
      case ">=" -> a >= b ? 1 : 0;
      case "<<" -> a << b;
      case ">>" -> a >> b;
      case ">>>" -> a >>> b;
      case "+" -> a + b;
      case "-" -> a - b;
      case "*" -> a * b;
      case "/", "%" -> {
        if (b == 0) {
          throw new Unresolved(null, "division by zero");
        }
        yield op.equals("/") ? a / b : a % b;
      }
      default -> throw new IllegalStateException(op);
    };
  }

  private long unary() throws Unresolved {
    if (accept("-")) {
      return -unary();
    }
    if (accept("+")) {
      return unary();
    }
    if (accept("~")) {
      return ~unary();
    }
    if (accept("!")) {
      return unary() == 0 ? 1 : 0;
    }
    if (isCast()) {
      return unary();
    }
    return primary();
  }

  /** {@code (Retcode)}, {@code (unsigned int)}, {@code (uint32_t)} before an operand: skipped. */
  private boolean isCast() {
    Token t = peek();
    if (t == null || !t.is("(")) {
      return false;
    }
    int p = pos + 1;
    int names = 0;
    while (p < tokens.size() && tokens.get(p).isIdent()) {
      p++;
      names++;
    }
    while (p < tokens.size() && tokens.get(p).is("*")) {
      p++;
    }
    if (names == 0 || p >= tokens.size() || !tokens.get(p).is(")") || p + 1 >= tokens.size()) {
      return false;
    }
    Token after = tokens.get(p + 1);
    boolean operand = after.kind() != Token.Kind.PUNCT || after.is("(") || after.is("-") || after.is("~")
        || after.is("!") || after.is("+");
    if (operand) {
      pos = p + 1;
    }
    return operand;
  }

  private long primary() throws Unresolved {
    Token t = peek();
    if (t == null) {
      throw new Unresolved(null, "expression ends early");
    }
    pos++;
    switch (t.kind()) {
      case NUMBER:
        return number(t.text());
      case CHAR:
        return t.text().isEmpty() ? 0 : t.text().charAt(0);
      case IDENT:
        if (t.text().equals("true")) {
          return 1;
        }
        if (t.text().equals("false")) {
          return 0;
        }
        throw new Unresolved(t.text(), "'" + t.text() + "' is not defined");
      default:
        if (t.is("(")) {
          long v = conditional();
          expect(")");
          return v;
        }
        throw new Unresolved(null, "unexpected '" + t.text() + "'");
    }
  }

  private void expect(String op) throws Unresolved {
    if (!accept(op)) {
      Token t = peek();
      throw new Unresolved(null, "expected '" + op + "'" + (t == null ? " at the end" : " before '" + t.text() + "'"));
    }
  }

  /** C and Java integer literals: 0x, 0b, leading-0 octal, digit separators and suffixes. */
  static long number(String literal) throws Unresolved {
    String s = literal.replace("_", "").replace("'", "");
    int end = s.length();
    while (end > 0 && "uUlL".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    s = s.substring(0, end);
    try {
      if (s.startsWith("0x") || s.startsWith("0X")) {
        return Long.parseUnsignedLong(s.substring(2), 16);
      }
      if (s.startsWith("0b") || s.startsWith("0B")) {
        return Long.parseUnsignedLong(s.substring(2), 2);
      }
      if (s.length() > 1 && s.startsWith("0")) {
        return Long.parseUnsignedLong(s.substring(1), 8);
      }
      return Long.parseUnsignedLong(s);
    } catch (NumberFormatException e) {
      throw new Unresolved(null, "'" + literal + "' is not an integer");
    }
  }
}
