package org.kos.kernel.security;

import java.util.Map;

/**
 * PSL's POSIX-ERE-like patterns (spec §16 item 15) rewritten for {@code java.util.regex}: classes,
 * anchors, {@code * + ? {m,n}}, alternation and groups pass through, and Java's escapes ({@code \d},
 * {@code \.}) are kept as an extension. Rewritten so ERE meanings hold: {@code $} is the end of the
 * text ({@code \z}; Java's {@code $} would also match before a final newline, letting {@code "ab\n"}
 * pass {@code ^[a-z]+$}), {@code [:alpha:]}-style classes become {@code \p{Alpha}}, {@code [} and
 * {@code &} inside brackets are literal, a {@code {} that opens no bound is literal. Refused, since
 * they are not regular or not ERE: back-references, every {@code (?...)} construct (look-around,
 * flags, named and atomic groups), possessive quantifiers, {@code \Q...\E} quoting, collating
 * elements. The caller compiles with DOTALL ({@code .} matches a newline, as in ERE).
 */
public final class PolicyRegex {
  private static final Map<String, String> CLASSES = Map.ofEntries(
      Map.entry("alpha", "Alpha"), Map.entry("digit", "Digit"), Map.entry("alnum", "Alnum"),
      Map.entry("upper", "Upper"), Map.entry("lower", "Lower"), Map.entry("space", "Space"),
      Map.entry("punct", "Punct"), Map.entry("xdigit", "XDigit"), Map.entry("blank", "Blank"),
      Map.entry("cntrl", "Cntrl"), Map.entry("print", "Print"), Map.entry("graph", "Graph"));

  private final String p;
  private final StringBuilder out = new StringBuilder();
  private int i;

  private PolicyRegex(String pattern) {
    this.p = pattern;
  }

  /**
   * The Java regex for {@code pattern}; {@link IllegalArgumentException} names what the dialect
   * refuses. One dialect for the policy checker (kos psl check) and the security module, so a
   * pattern that checks clean is one the kernel runs.
   */
  public static String translate(String pattern) {
    PolicyRegex d = new PolicyRegex(pattern);
    d.run();
    return d.out.toString();
  }

  private void run() {
    while (i < p.length()) {
      char c = p.charAt(i);
      switch (c) {
        case '\\':
          escape();
          break;
        case '[':
          bracket();
          break;
        case '(':
          if (peek(1) == '?') {
            throw refuse("'(?' constructs (look-around, flags, named or atomic groups) are not supported");
          }
          out.append(c);
          i++;
          break;
        case '$':
          out.append("\\z");
          i++;
          break;
        case '*':
        case '+':
        case '?':
          out.append(c);
          i++;
          notPossessive();
          break;
        case '{':
          brace();
          break;
        default:
          out.append(c);
          i++;
      }
    }
  }

  private void escape() {
    char d = peek(1);
    if (d == 0) {
      throw refuse("a trailing backslash");
    }
    if ((d >= '1' && d <= '9') || d == 'k') {
      throw refuse("back-references are not supported");
    }
    if (d == 'Q' || d == 'E') {
      throw refuse("\\Q...\\E quoting is not supported");
    }
    out.append('\\').append(d);
    i += 2;
  }

  /** A bound {@code {m}}, {@code {m,}}, {@code {m,n}}, or else a literal brace. */
  private void brace() {
    int j = i + 1;
    while (j < p.length() && (Character.isDigit(p.charAt(j)) || p.charAt(j) == ',')) {
      j++;
    }
    String inside = p.substring(i + 1, Math.min(j, p.length()));
    if (j < p.length() && p.charAt(j) == '}' && inside.matches("\\d+(,\\d*)?")) {
      out.append(p, i, j + 1);
      i = j + 1;
      notPossessive();
    } else {
      out.append("\\{");
      i++;
    }
  }

  private void notPossessive() {
    if (peek(0) == '+') {
      throw refuse("possessive quantifiers are not supported");
    }
  }

  /** {@code [...]}: a leading {@code ]} is literal, {@code [:class:]} is a POSIX class. */
  private void bracket() {
    out.append('[');
    i++;
    if (peek(0) == '^') {
      out.append('^');
      i++;
    }
    if (peek(0) == ']') {
      out.append("\\]");
      i++;
    }
    while (true) {
      char c = peek(0);
      if (c == 0) {
        throw refuse("an unclosed '['");
      }
      if (c == ']') {
        out.append(']');
        i++;
        return;
      }
      if (c == '[' && peek(1) == ':') {
        posixClass();
      } else if (c == '[' && (peek(1) == '=' || peek(1) == '.')) {
        throw refuse("collating elements are not supported");
      } else if (c == '\\') {
        escape();
      } else {
        if (c == '[' || c == '&') {
          out.append('\\'); // literal in ERE; union and intersection in Java
        }
        out.append(c);
        i++;
      }
    }
  }

  private void posixClass() {
    int end = p.indexOf(":]", i + 2);
    String name = end < 0 ? null : CLASSES.get(p.substring(i + 2, end));
    if (name == null) {
      throw refuse("an unknown character class at " + i);
    }
    out.append("\\p{").append(name).append('}');
    i = end + 2;
  }

  /** The character {@code k} places ahead, or 0 past the end. */
  private char peek(int k) {
    return i + k < p.length() ? p.charAt(i + k) : 0;
  }

  private IllegalArgumentException refuse(String what) {
    return new IllegalArgumentException("pattern \"" + p + "\": " + what);
  }
}
