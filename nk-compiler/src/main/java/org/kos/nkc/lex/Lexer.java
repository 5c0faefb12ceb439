package org.kos.nkc.lex;

import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.rules.Rule;

/**
 * Splits one source file into tokens. Accepts what real projects write (§7 of the spec): CRLF or
 * CR line ends, tabs, comments in any script, {@code //} and {@code /* *}{@code /} anywhere, a BOM
 * (already blanked by {@link SourceFile#read}), no final newline. Bad characters and malformed
 * literals are reported and skipped so parsing continues.
 */
public final class Lexer {
  private final SourceFile file;
  private final String text;
  private final Diagnostics diagnostics;
  private final Tokens tokens;

  private Lexer(SourceFile file, Diagnostics diagnostics) {
    this.file = file;
    this.text = file.text();
    this.diagnostics = diagnostics;
    this.tokens = new Tokens(file);
  }

  public static Tokens lex(SourceFile file, Diagnostics diagnostics) {
    Lexer lexer = new Lexer(file, diagnostics);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\uFEFF') {
        i++;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        i += 2;
        while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int close = text.indexOf("*/", i + 2);
        if (close < 0) {
          diagnostics.report(Rule.NK0102.at(file.span(i, i + 2),
              "block comment is not closed: '*/' is missing"));
          i = n;
        } else {
          i = close + 2;
        }
      } else if (isIdentStart(c)) {
        int start = i++;
        while (i < n && isIdentPart(text.charAt(i))) {
          i++;
        }
        tokens.add(TokenKind.IDENT, start, i);
      } else if (c >= '0' && c <= '9') {
        i = number(i);
      } else {
        i = punctuation(c, i);
      }
    }
    tokens.add(TokenKind.EOF, n, n);
  }

  private int number(int start) {
    int n = text.length();
    int i = start;
    int radix = 10;
    if (text.charAt(i) == '0' && i + 1 < n) {
      char p = text.charAt(i + 1);
      if (p == 'x' || p == 'X') {
        radix = 16;
        i += 2;
      } else if (p == 'o' || p == 'O') {
        radix = 8;
        i += 2;
      }
    }
    int digitsStart = i;
    while (i < n && isIdentPart(text.charAt(i))) {
      i++;
    }
    boolean ok = i > digitsStart;
    for (int k = digitsStart; ok && k < i; k++) {
      ok = Character.digit(text.charAt(k), radix) >= 0;
    }
    if (!ok) {
      String kind = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "decimal";
      diagnostics.report(Rule.NK0103.at(file.span(start, i),
          "malformed " + kind + " literal '" + text.substring(start, i) + "'"));
      // Still a number for the parser, so one bad literal gives one error.
    } else if (radix == 10 && i - start > 1 && text.charAt(start) == '0') {
      int digits = start;
      while (digits < i - 1 && text.charAt(digits) == '0') {
        digits++;
      }
      diagnostics.report(Rule.NK0109.at(file.span(start, i),
          "'" + text.substring(start, i) + "' is decimal " + text.substring(digits, i)
              + "; write 0o" + text.substring(start + 1, i) + " if octal was meant"));
    }
    tokens.add(TokenKind.INT, start, i);
    return i;
  }

  private int punctuation(char c, int i) {
    TokenKind kind;
    int len = 1;
    char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
    switch (c) {
      case '(' -> kind = TokenKind.LPAREN;
      case ')' -> kind = TokenKind.RPAREN;
      case '{' -> kind = TokenKind.LBRACE;
      case '}' -> kind = TokenKind.RBRACE;
      case '<' -> {
        kind = next == '<' ? TokenKind.SHL : TokenKind.LT;
        len = next == '<' ? 2 : 1;
      }
      case '>' -> kind = TokenKind.GT;
      case ',' -> kind = TokenKind.COMMA;
      case ';' -> kind = TokenKind.SEMI;
      case ':' -> kind = TokenKind.COLON;
      case '.' -> kind = TokenKind.DOT;
      case '=' -> kind = TokenKind.EQ;
      case '+' -> kind = TokenKind.PLUS;
      case '-' -> kind = TokenKind.MINUS;
      case '*' -> {
        kind = next == '*' ? TokenKind.STARSTAR : TokenKind.STAR;
        len = next == '*' ? 2 : 1;
      }
      case '/' -> kind = TokenKind.SLASH;
      case '%' -> kind = TokenKind.PERCENT;
      case '~' -> kind = TokenKind.TILDE;
      default -> kind = null;
    }
    if (kind == null) {
      return unexpected(i);
    }
    tokens.add(kind, i, i + len);
    return i + len;
  }

  /**
   * Reports a run of characters no token starts with once, spanning the run: binary or foreign
   * text would otherwise give one error per character and bury everything else.
   */
  private int unexpected(int start) {
    int end = start + Character.charCount(text.codePointAt(start));
    int count = 1;
    while (end < text.length() && !startsToken(end)) {
      end += Character.charCount(text.codePointAt(end));
      count++;
    }
    String message = count == 1
        ? "unexpected character " + describe(text.codePointAt(start))
        : count + " unexpected characters, starting with " + describe(text.codePointAt(start));
    diagnostics.report(Rule.NK0101.at(file.span(start, end), message));
    return end;
  }

  /** Whether a token, white space or a comment can start at {@code i}. */
  private boolean startsToken(int i) {
    char c = text.charAt(i);
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\uFEFF'
        || isIdentStart(c) || (c >= '0' && c <= '9') || "(){}<>,;:.=+-*/%~".indexOf(c) >= 0;
  }

  private static String describe(int cp) {
    String hex = String.format("U+%04X", cp);
    return Character.isISOControl(cp) || Character.isWhitespace(cp)
        ? hex
        : "'" + new String(Character.toChars(cp)) + "' (" + hex + ")";
  }

  private static boolean isIdentStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isIdentPart(char c) {
    return isIdentStart(c) || (c >= '0' && c <= '9');
  }
}
