package org.kos.rcdb.scan;

/**
 * One token of a source file. {@code start} is the char offset in the file, so that a definition
 * can be reported at its place even after macro expansion moved its tokens around.
 */
record Token(Kind kind, String text, int start) {
  /** UNTERMINATED: a string literal whose closing quote is missing on its line. */
  enum Kind { IDENT, NUMBER, STRING, CHAR, PUNCT, UNTERMINATED }

  boolean is(String punctOrIdent) {
    return text.equals(punctOrIdent) && (kind == Kind.PUNCT || kind == Kind.IDENT);
  }

  boolean isIdent() {
    return kind == Kind.IDENT;
  }
}
