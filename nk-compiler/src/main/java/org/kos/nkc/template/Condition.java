package org.kos.nkc.template;

import java.util.Map;

/**
 * The condition of an {@code if} or {@code elif} tag, read and evaluated at once:
 * {@code NAME == "text"}, {@code !=}, either quote, a bare NAME or string (true when not empty),
 * {@code not}, {@code and}, {@code or} and parentheses, with Jinja's precedence (or, and, not,
 * then comparison). A NAME is looked up in the values; an undefined one is the empty string.
 * Nothing else: no numbers, no {@code is defined}, no filters. Parentheses nest at most
 * {@link #MAX_DEPTH} deep, so a hostile condition cannot overflow the stack.
 */
final class Condition {
  static final int MAX_DEPTH = 64;

  /** What a condition came to, or why it could not be read ({@code error} not null). */
  record Outcome(boolean value, String error) {}

  private final String text;
  private final int end;
  private final Map<String, String> values;
  private int at;
  private int depth;
  private String error;

  private Condition(String text, int start, int end, Map<String, String> values) {
    this.text = text;
    this.at = start;
    this.end = end;
    this.values = values;
  }

  /** Evaluates the condition in {@code [start, end)} of {@code text}. */
  static Outcome evaluate(String text, int start, int end, Map<String, String> values) {
    Condition c = new Condition(text, start, end, values);
    boolean value = c.or();
    if (c.error == null && c.skipBlanks() < end) {
      c.fail("unexpected " + c.what());
    }
    return new Outcome(c.error == null && value, c.error);
  }

  private boolean or() {
    boolean value = and();
    while (error == null && word("or")) {
      value |= and();
    }
    return value;
  }

  private boolean and() {
    boolean value = not();
    while (error == null && word("and")) {
      value &= not();
    }
    return value;
  }

  // A loop, not recursion: "not not not ..." must not grow the stack.
  private boolean not() {
    boolean negate = false;
    while (word("not")) {
      negate = !negate;
    }
    return negate != comparison();
  }

  private boolean comparison() {
    skipBlanks();
    if (at < end && text.charAt(at) == '(') {
      if (++depth > MAX_DEPTH) {
        return fail("parentheses nested more than " + MAX_DEPTH + " deep");
      }
      at++;
      boolean value = or();
      depth--;
      if (error == null && !symbol(")")) {
        return fail("expected ')' but found " + what());
      }
      return value;
    }
    String left = operand();
    if (error != null) {
      return false;
    }
    if (symbol("==")) {
      String right = operand();
      return left.equals(right);
    }
    if (symbol("!=")) {
      String right = operand();
      return !left.equals(right);
    }
    return !left.isEmpty();
  }

  /** A NAME's value or a quoted string; null after an error. */
  private String operand() {
    skipBlanks();
    if (at < end && (text.charAt(at) == '"' || text.charAt(at) == '\'')) {
      return string();
    }
    int start = at;
    while (at < end && isNameChar(text.charAt(at), at == start)) {
      at++;
    }
    if (at == start || isKeyword(start, at)) {
      at = start;
      fail("expected a NAME or a quoted string but found " + what());
      return null;
    }
    return values.getOrDefault(text.substring(start, at), "");
  }

  private String string() {
    char quote = text.charAt(at++);
    StringBuilder s = new StringBuilder();
    while (at < end && text.charAt(at) != quote) {
      char c = text.charAt(at++);
      if (c == '\\' && at < end) {
        c = text.charAt(at++);
      }
      s.append(c);
    }
    if (at == end) {
      fail("unclosed string");
      return null;
    }
    at++;
    return s.toString();
  }

  private boolean word(String w) {
    skipBlanks();
    int to = at + w.length();
    if (to <= end && text.startsWith(w, at) && (to == end || !isNameChar(text.charAt(to), false))) {
      at = to;
      return true;
    }
    return false;
  }

  private boolean symbol(String s) {
    skipBlanks();
    if (text.startsWith(s, at) && at + s.length() <= end) {
      at += s.length();
      return true;
    }
    return false;
  }

  private int skipBlanks() {
    while (at < end && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  private boolean isKeyword(int start, int to) {
    String w = text.substring(start, to);
    return w.equals("and") || w.equals("or") || w.equals("not");
  }

  private static boolean isNameChar(char c, boolean first) {
    return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (!first && c >= '0' && c <= '9');
  }

  /** The rest of the condition as a message shows it, with a hint for a macro written in a tag. */
  private String what() {
    if (skipBlanks() == end) {
      return "the end of the tag";
    }
    String rest = text.substring(at, Math.min(end, at + 20)).strip();
    String hint = text.charAt(at) == '@' ? " (tags see the raw text: write NAME, not @NAME@)" : "";
    return "'" + rest + "'" + hint;
  }

  private boolean fail(String message) {
    if (error == null) {
      error = message;
    }
    return false;
  }
}
