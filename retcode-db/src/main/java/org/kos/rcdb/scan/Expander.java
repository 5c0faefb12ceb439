package org.kos.rcdb.scan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Expands macros the way the C preprocessor does for the cases headers use in practice: object-like
 * and function-like macros, {@code #param} and {@code ##}, recursion stopped by the set of macros
 * being expanded. The arguments of the code-making call ({@code MAKE_RETCODE} or
 * {@code Retcode.make}) are left unexpanded, so the scanner still sees which symbol named the space
 * and facility.
 */
final class Expander {
  /** Guards against macros that expand exponentially. */
  private static final int MAX_TOKENS = 100_000;
  /**
   * Guards against long chains of macros (A defined as B, B as C, ...): each level is a Java
   * frame, and thousands overflowed the stack (a fuzz finding). Real headers nest a handful.
   */
  static final int MAX_DEPTH = 256;
  /**
   * Guards against files whose macros are each cheap but together need millions of expansions
   * (every macro of a 20,000-long chain is a candidate and expands {@link #MAX_DEPTH} levels: a
   * fuzz finding that took seconds). Counted over the expander's life, so per scanned file.
   * Real headers with thousands of codes need tens of thousands.
   */
  static final int MAX_EXPANSIONS = 1_000_000;

  private final Map<String, Macro> macros;
  private final Predicate<Token> isMaker;
  private int produced;
  private int expansions;

  Expander(Map<String, Macro> macros, Predicate<Token> isMaker) {
    this.macros = macros;
    this.isMaker = isMaker;
  }

  /** Thrown when expansion does not terminate in reasonable size or depth; the message says which. */
  static class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge(String why) {
      super(why, null, false, false);
    }
  }

  /** Thrown once the expander has used up {@link #MAX_EXPANSIONS}: nothing more is expanded. */
  static final class OutOfBudget extends TooLarge {
    private static final long serialVersionUID = 1L;

    OutOfBudget() {
      super("its file's macros need more than " + MAX_EXPANSIONS + " expansions; the rest of the file is not scanned");
    }
  }

  List<Token> expand(List<Token> in) {
    produced = 0;
    return expand(in, new HashSet<>());
  }

  /**
   * The chain of object-like macros from {@code name} back to itself (A, B, A), when expanding it
   * comes back to it; empty otherwise. A name left after expansion that is itself a macro was
   * stopped by such a cycle, as C's preprocessor stops it.
   */
  List<String> cycleFrom(String name) {
    List<String> chain = new ArrayList<>();
    String at = name;
    while (at != null && !chain.contains(at)) {
      chain.add(at);
      Macro m = macros.get(at);
      at = null;
      if (m != null && !m.isFunctionLike()) {
        for (Token t : m.body()) {
          if (t.isIdent() && macros.containsKey(t.text())) {
            at = t.text();
            break;
          }
        }
      }
    }
    if (at == null || !at.equals(name)) {
      return List.of();
    }
    chain.add(name);
    return chain;
  }

  /** The macro a token names, looked up by its last dotted segment (Java's {@code Retcode.X}). */
  Macro lookup(Token t) {
    if (!t.isIdent()) {
      return null;
    }
    String name = t.text();
    int dot = name.lastIndexOf('.');
    return macros.get(dot < 0 ? name : name.substring(dot + 1));
  }

  private List<Token> expand(List<Token> in, Set<String> active) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < in.size()) {
      Token t = in.get(i);
      if (isMaker.test(t) && i + 1 < in.size() && in.get(i + 1).is("(")) {
        int close = Args.matchingParen(in, i + 1);
        out.addAll(in.subList(i, close + 1 > in.size() ? in.size() : close + 1));
        i = close + 1;
        continue;
      }
      Macro m = lookup(t);
      if (m == null || active.contains(m.name())) {
        out.add(t);
        i++;
        continue;
      }
      if (!m.isFunctionLike()) {
        emit(out, expandInside(m, m.body(), active));
        i++;
        continue;
      }
      if (i + 1 >= in.size() || !in.get(i + 1).is("(")) {
        out.add(t); // a function-like macro name without arguments is just a name
        i++;
        continue;
      }
      int close = Args.matchingParen(in, i + 1);
      List<List<Token>> args = Args.split(in, i + 1, close);
      emit(out, expandInside(m, substitute(m, args), active));
      i = close + 1;
    }
    return out;
  }

  /**
   * Expands {@code body} with {@code m} among the active macros. Expansion is depth-first, so the
   * set is one stack shared by all levels (a copy per level cost quadratic time on long chains).
   */
  private List<Token> expandInside(Macro m, List<Token> body, Set<String> active) {
    if (++expansions > MAX_EXPANSIONS) {
      throw new OutOfBudget();
    }
    if (active.size() >= MAX_DEPTH) {
      throw new TooLarge("its macros nest more than " + MAX_DEPTH + " deep");
    }
    active.add(m.name());
    try {
      return expand(body, active);
    } finally {
      active.remove(m.name());
    }
  }

  private void emit(List<Token> out, List<Token> tokens) {
    produced += tokens.size();
    if (produced > MAX_TOKENS) {
      throw new TooLarge("its macro expansion does not end");
    }
    out.addAll(tokens);
  }

  private static List<Token> substitute(Macro m, List<List<Token>> args) {
    List<Token> out = new ArrayList<>();
    List<Token> body = m.body();
    for (int i = 0; i < body.size(); i++) {
      Token t = body.get(i);
      if (t.is("#") && i + 1 < body.size() && paramIndex(m, body.get(i + 1)) >= 0) {
        List<Token> arg = argument(args, paramIndex(m, body.get(++i)));
        StringBuilder s = new StringBuilder();
        for (Token a : arg) {
          s.append(s.length() == 0 ? "" : " ").append(a.kind() == Token.Kind.STRING ? '"' + a.text() + '"' : a.text());
        }
        out.add(new Token(Token.Kind.STRING, s.toString(), t.start()));
        continue;
      }
      if (t.is("##") && !out.isEmpty() && i + 1 < body.size()) {
        Token left = out.remove(out.size() - 1);
        Token rightTok = body.get(++i);
        int p = paramIndex(m, rightTok);
        List<Token> right = p >= 0 ? argument(args, p) : List.of(rightTok);
        String pasted = left.text() + (right.isEmpty() ? "" : right.get(0).text());
        Token.Kind kind = Character.isDigit(pasted.isEmpty() ? ' ' : pasted.charAt(0)) ? Token.Kind.NUMBER : Token.Kind.IDENT;
        out.add(new Token(kind, pasted, left.start()));
        if (right.size() > 1) {
          out.addAll(right.subList(1, right.size()));
        }
        continue;
      }
      int p = paramIndex(m, t);
      if (p >= 0) {
        out.addAll(argument(args, p));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  private static List<Token> argument(List<List<Token>> args, int index) {
    return index < args.size() ? args.get(index) : List.of();
  }

  private static int paramIndex(Macro m, Token t) {
    return t.isIdent() ? m.params().indexOf(t.text()) : -1;
  }
}
