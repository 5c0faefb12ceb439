package org.kos.psl.lex;

import java.math.BigInteger;
import org.kos.nkc.diag.Diagnostics;
import org.kos.psl.rules.PslRule;
import org.kos.psl.source.PslSource;

/**
 * Splits one policy file into tokens (spec §2). Whitespace and comments separate tokens and nothing
 * else: indentation is insignificant. {@code -} is never part of a number (the parser reads
 * {@code - INT} as a negative literal where an operand is expected), so {@code message.a -1} is a
 * subtraction. Bad characters and malformed literals are reported and skipped so parsing continues.
 */
public final class PslLexer {
  private static final BigInteger MAX_U64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private final PslSource source;
  private final String text;
  private final Diagnostics diagnostics;
  private final Tokens tokens;

  private PslLexer(PslSource source, Diagnostics diagnostics) {
    this.source = source;
    this.text = source.text();
    this.diagnostics = diagnostics;
    this.tokens = new Tokens(source);
  }

  public static Tokens lex(PslSource source, Diagnostics diagnostics) {
    PslLexer lexer = new PslLexer(source, diagnostics);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    int n = text.length();
    int i = 0;
    int lastBadEnd = -1;
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\uFEFF') {
        i++;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int close = text.indexOf("*/", i + 2);
        if (close < 0) {
          error(PslRule.PS0102, i, i + 2, "comment is not closed: '*/' is missing");
          i = n;
        } else {
          i = close + 2;
        }
      } else if (isIdentStart(c)) {
        int start = i++;
        while (i < n && isIdentPart(text.charAt(i))) {
          i++;
        }
        tokens.add(i - start == 1 && c == '_' ? TokenKind.UNDERSCORE : TokenKind.IDENT, start, i, null);
      } else if (c >= '0' && c <= '9') {
        i = number(i);
      } else if (c == '"') {
        i = text(i);
      } else if (c == '`' && text.startsWith("```regex", i)) {
        i = regexBlock(i);
      } else if (c == '@' && macroEnd(i) > 0) {
        // A whole @NAME@ is one problem, not '@', a name and '@' (a syntax error in between).
        int end = macroEnd(i);
        // Reached only through a macro's value (values are not expanded again) or an SDK file.
        error(PslRule.PS0107, i, end, "template macro " + text.substring(i, end) + " left after expansion: a macro's "
            + "value is inserted as it is, not expanded again; give the value without it");
        i = end;
      } else {
        int next = punctuation(c, i);
        if (next < 0) {
          // One report for a run of bad characters (binary input would otherwise give one per byte).
          next = i + Character.charCount(text.codePointAt(i));
          if (i != lastBadEnd) {
            badCharacter(i);
          }
          lastBadEnd = next;
        }
        i = next;
      }
    }
    tokens.add(TokenKind.EOF, n, n, null);
  }

  /** The end of a CMake macro {@code @NAME@} starting at {@code i} (name characters as configure_file's), or -1. */
  private int macroEnd(int i) {
    int n = text.length();
    int j = i + 1;
    while (j < n && (isIdentPart(text.charAt(j)) || "/.+-".indexOf(text.charAt(j)) >= 0)) {
      j++;
    }
    return j > i + 1 && j < n && text.charAt(j) == '@' ? j + 1 : -1;
  }

  private void badCharacter(int i) {
    int cp = text.codePointAt(i);
    String shown = cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0xFFFD
        ? String.format("U+%04X", cp) : "'" + new String(Character.toChars(cp)) + "'";
    String message;
    if (cp == '@') {
      message = "unexpected '@': a template macro (@NAME@) that was not expanded: macros are expanded in "
          + "*.psl.in files (with -D NAME=VALUE)";
    } else if (cp == '#') {
      message = "unexpected '#': PSL has no preprocessor; comments are // and /* */";
    } else if (cp == ';') {
      message = "unexpected ';': PSL has no statement terminator";
    } else {
      message = "unexpected character " + shown;
    }
    error(cp == '@' ? PslRule.PS0107 : PslRule.PS0101, i, i + Character.charCount(cp), message);
  }

  private int number(int start) {
    int n = text.length();
    int i = start;
    int radix = 10;
    if (text.charAt(i) == '0' && i + 1 < n && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X')) {
      radix = 16;
      i += 2;
    }
    int digits = i;
    while (i < n && Character.digit(text.charAt(i), radix) >= 0 && text.charAt(i) < 128) {
      i++;
    }
    boolean ok = i > digits;
    while (i < n && isIdentPart(text.charAt(i))) {
      ok = false;
      i++;
    }
    BigInteger value = null;
    if (!ok) {
      error(PslRule.PS0103, start, i, "malformed integer literal '" + text.substring(start, i) + "'");
    } else if (i - digits > 40) {
      error(PslRule.PS0103, start, i, "integer literal larger than 64 bits");
    } else {
      value = new BigInteger(text.substring(digits, i), radix);
      if (value.compareTo(MAX_U64) > 0) {
        error(PslRule.PS0103, start, i, "integer literal larger than 64 bits");
        value = null;
      }
    }
    tokens.add(TokenKind.INT, start, i, value == null ? BigInteger.ZERO : value);
    return i;
  }

  /** {@code "..."}: {@code \\} and {@code \"} are the only escapes (spec §2, §16 item 15). */
  private int text(int start) {
    int n = text.length();
    int close = text.indexOf('"', start + 1);
    if (close > 0 && plain(start + 1, close)) {
      tokens.add(TokenKind.TEXT, start, close + 1, text.substring(start + 1, close)); // no escapes: as written
      return close + 1;
    }
    StringBuilder value = new StringBuilder();
    int i = start + 1;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '"') {
        tokens.add(TokenKind.TEXT, start, i + 1, value.toString());
        return i + 1;
      }
      if (c == '\n' || c == '\r') {
        break;
      }
      if (c == '\\' && i + 1 < n && (text.charAt(i + 1) == '\\' || text.charAt(i + 1) == '"')) {
        value.append(text.charAt(i + 1));
        i += 2;
      } else if (c == '\\') {
        error(PslRule.PS0109, i, Math.min(n, i + 2), "invalid escape '" + text.substring(i, Math.min(n, i + 2)).strip()
            + "' in a text literal: only \\\\ and \\\" are escapes (a regex backslash is written \\\\)");
        value.append(c);
        i++;
      } else {
        value.append(c);
        i++;
      }
    }
    error(PslRule.PS0102, start, i, "text literal is not closed: '\"' is missing before the end of the line");
    tokens.add(TokenKind.TEXT, start, i, value.toString());
    return i;
  }

  /** Whether {@code [from, to)} has neither a line break nor a backslash: a literal to take as written. */
  private boolean plain(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /** A {@code ```regex} block: raw lines up to a line holding {@code ```}; backslashes are not doubled. */
  private int regexBlock(int start) {
    int n = text.length();
    int bodyStart = lineEnd(start + "```regex".length());
    int line = bodyStart;
    while (line < n) {
      int end = lineEnd(line);
      String content = text.substring(line, end).strip();
      if (content.equals("```")) {
        String body = text.substring(bodyStart, line).replaceAll("[\\r\\n]+$", "").replace("\r\n", "\n");
        tokens.add(TokenKind.REGEX, start, text.indexOf("```", line) + 3, body.strip());
        return text.indexOf("```", line) + 3;
      }
      line = end;
    }
    error(PslRule.PS0102, start, start + "```regex".length(), "regex block is not closed: a line with ``` is missing");
    tokens.add(TokenKind.REGEX, start, n, "");
    return n;
  }

  /** The offset just past the line break ending the line that holds {@code i} (or the end). */
  private int lineEnd(int i) {
    int n = text.length();
    while (i < n && text.charAt(i) != '\n') {
      i++;
    }
    return Math.min(n, i + 1);
  }

  /** The end offset of the punctuation token at {@code i}, or -1 for a character PSL does not use. */
  private int punctuation(char c, int i) {
    char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
    TokenKind kind;
    int len = 1;
    switch (c) {
      case '{' -> kind = TokenKind.LBRACE;
      case '}' -> kind = TokenKind.RBRACE;
      case '[' -> kind = TokenKind.LBRACK;
      case ']' -> kind = TokenKind.RBRACK;
      case '(' -> kind = TokenKind.LPAREN;
      case ')' -> kind = TokenKind.RPAREN;
      case ':' -> kind = TokenKind.COLON;
      case ',' -> kind = TokenKind.COMMA;
      case '+' -> kind = TokenKind.PLUS;
      case '-' -> kind = TokenKind.MINUS;
      case '*' -> kind = TokenKind.STAR;
      case '.' -> {
        kind = next == '[' ? TokenKind.DOT_LBRACK : TokenKind.DOT;
        len = next == '[' ? 2 : 1;
      }
      case '|' -> {
        kind = next == '|' ? TokenKind.OR : TokenKind.BAR;
        len = next == '|' ? 2 : 1;
      }
      case '&' -> {
        kind = next == '&' ? TokenKind.AND : TokenKind.AMP;
        len = next == '&' ? 2 : 1;
      }
      case '!' -> {
        kind = next == '=' ? TokenKind.NE : TokenKind.BANG;
        len = next == '=' ? 2 : 1;
      }
      case '~' -> {
        kind = next == '>' ? TokenKind.SQUIG : TokenKind.TILDE;
        len = next == '>' ? 2 : 1;
      }
      case '=' -> {
        if (next == '=' && i + 2 < text.length() && text.charAt(i + 2) == '>') {
          kind = TokenKind.IMPLIES;
          len = 3;
        } else {
          kind = next == '=' ? TokenKind.EQ : TokenKind.ASSIGN;
          len = next == '=' ? 2 : 1;
        }
      }
      case '<' -> {
        kind = next == '=' ? TokenKind.LE : next == '-' ? TokenKind.LARROW : TokenKind.LT;
        len = next == '=' || next == '-' ? 2 : 1;
      }
      case '>' -> {
        kind = next == '=' ? TokenKind.GE : TokenKind.GT;
        len = next == '=' ? 2 : 1;
      }
      default -> {
        return -1;
      }
    }
    tokens.add(kind, i, i + len, null);
    return i + len;
  }

  private void error(PslRule rule, int start, int end, String message) {
    diagnostics.report(rule.at(source.span(start, end), message));
  }

  static boolean isIdentStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  static boolean isIdentPart(char c) {
    return isIdentStart(c) || (c >= '0' && c <= '9');
  }
}
