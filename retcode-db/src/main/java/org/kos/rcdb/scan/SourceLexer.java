package org.kos.rcdb.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits C, C++ or Java text into tokens, dropping comments and whitespace. Preprocessor lines go
 * to {@link #directives()} rather than the main stream. Backslash-newline joins lines anywhere, as
 * translation phase 2 does, so macros spread over lines read as one. It never fails: text it does
 * not understand becomes single-character punctuation.
 */
final class SourceLexer {
  private static final String[] PUNCT3 = {"<<=", ">>=", "..."};
  private static final String[] PUNCT2 = {"<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "##", "::", "->", "++", "--"};

  private final String text;
  private final boolean preprocessor;
  private final List<Token> tokens = new ArrayList<>();
  private final List<Directive> directives = new ArrayList<>();
  private int pos;

  private SourceLexer(String text, boolean preprocessor) {
    this.text = text;
    this.preprocessor = preprocessor;
  }

  /** Lexes C or C++: {@code #} lines are directives. */
  static SourceLexer c(String text) {
    SourceLexer l = new SourceLexer(text, true);
    l.run();
    return l;
  }

  /** Lexes Java: no preprocessor. */
  static SourceLexer java(String text) {
    SourceLexer l = new SourceLexer(text, false);
    l.run();
    return l;
  }

  List<Token> tokens() {
    return tokens;
  }

  List<Directive> directives() {
    return directives;
  }

  private void run() {
    boolean lineStart = true;
    while (true) {
      boolean newline = skipSpace(false);
      lineStart |= newline;
      if (pos >= text.length()) {
        return;
      }
      if (preprocessor && lineStart && text.charAt(pos) == '#') {
        pos++;
        List<Token> line = new ArrayList<>();
        while (!skipSpace(true) && pos < text.length()) {
          line.add(next());
        }
        directives.add(new Directive(line));
        lineStart = true;
        continue;
      }
      lineStart = false;
      tokens.add(next());
    }
  }

  /**
   * Skips blanks, comments and line continuations. In a directive ({@code stopAtNewline}) stops at
   * a newline that is not inside a comment or escaped. Returns whether a newline was crossed
   * (outside a directive) or reached (inside one).
   */
  private boolean skipSpace(boolean stopAtNewline) {
    boolean sawNewline = false;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\\' && continuation()) {
        continue;
      }
      if (c == '\n' || c == '\r') {
        if (stopAtNewline) {
          return true;
        }
        sawNewline = true;
        pos++;
      } else if (c == ' ' || c == '\t' || c == '\f' || c == 0x0B || c == '\uFEFF') {
        pos++;
      } else if (text.startsWith("//", pos)) {
        while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
          if (text.charAt(pos) == '\\' && continuation()) {
            continue; // a // comment continued onto the next line, as C says
          }
          pos++;
        }
      } else if (text.startsWith("/*", pos)) {
        int end = text.indexOf("*/", pos + 2);
        pos = end < 0 ? text.length() : end + 2;
      } else {
        break;
      }
    }
    return sawNewline;
  }

  /** At a backslash: if it ends the line, skips it and the line end and returns true. */
  private boolean continuation() {
    int p = pos + 1;
    while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
      p++; // tolerate trailing blanks after the backslash, as compilers do with a warning
    }
    if (p < text.length() && text.charAt(p) == '\r') {
      p++;
      if (p < text.length() && text.charAt(p) == '\n') {
        p++;
      }
    } else if (p < text.length() && text.charAt(p) == '\n') {
      p++;
    } else {
      return false;
    }
    pos = p;
    return true;
  }

  private Token next() {
    int start = pos;
    char c = text.charAt(pos);
    if (Character.isJavaIdentifierStart(c)) {
      // A string prefix (L"...", u8"...") belongs to the string.
      int p = pos;
      while (p < text.length() && Character.isJavaIdentifierPart(text.charAt(p))) {
        p++;
      }
      if (p < text.length() && (text.charAt(p) == '"' || text.charAt(p) == '\'')
          && isStringPrefix(text.substring(pos, p))) {
        pos = p;
        Token t = quoted(text.charAt(p));
        return new Token(t.kind(), t.text(), start);
      }
      pos = p;
      return new Token(Token.Kind.IDENT, text.substring(start, pos), start);
    }
    if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
      pos++;
      while (pos < text.length()) {
        char d = text.charAt(pos);
        if (Character.isLetterOrDigit(d) || d == '.' || d == '_' || (d == '\'' && pos + 1 < text.length()
            && Character.isLetterOrDigit(text.charAt(pos + 1)))) {
          pos++;
        } else {
          break;
        }
      }
      return new Token(Token.Kind.NUMBER, text.substring(start, pos), start);
    }
    if (c == '"' || c == '\'') {
      return quoted(c);
    }
    for (String p : PUNCT3) {
      if (text.startsWith(p, pos)) {
        pos += 3;
        return new Token(Token.Kind.PUNCT, p, start);
      }
    }
    for (String p : PUNCT2) {
      if (text.startsWith(p, pos)) {
        pos += 2;
        return new Token(Token.Kind.PUNCT, p, start);
      }
    }
    pos++;
    return new Token(Token.Kind.PUNCT, String.valueOf(c), start);
  }

  private static boolean isStringPrefix(String s) {
    return s.equals("L") || s.equals("u") || s.equals("U") || s.equals("u8");
  }

  /** A string or char literal; the token text is the literal's value with escapes resolved. */
  private Token quoted(char quote) {
    int start = pos;
    if (quote == '"' && text.startsWith("\"\"\"", pos) && !preprocessor) {
      int end = text.indexOf("\"\"\"", pos + 3);
      int stop = end < 0 ? text.length() : end;
      String body = text.substring(pos + 3, stop).stripIndent();
      if (body.startsWith("\n")) {
        body = body.substring(1);
      }
      pos = end < 0 ? text.length() : end + 3;
      return new Token(Token.Kind.STRING, body, start);
    }
    pos++;
    StringBuilder value = new StringBuilder();
    boolean closed = false;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == quote) {
        pos++;
        closed = true;
        break;
      }
      if (c == '\n' || c == '\r') {
        break; // unterminated: stop at the line end rather than swallow the file
      }
      if (c == '\\') {
        if (continuation()) {
          continue;
        }
        pos++;
        if (pos < text.length()) {
          pos = Escapes.unescape(text, pos, value);
        }
        continue;
      }
      value.append(c);
      pos++;
    }
    Token.Kind kind = quote == '"' ? (closed ? Token.Kind.STRING : Token.Kind.UNTERMINATED) : Token.Kind.CHAR;
    return new Token(kind, value.toString(), start);
  }
}
