package org.kos.nkc.lex;

/** Kinds of tokens. Keywords are contextual, so every word is an {@link #IDENT}. */
public enum TokenKind {
  IDENT("name"),
  INT("integer"),
  LPAREN("'('"),
  RPAREN("')'"),
  LBRACE("'{'"),
  RBRACE("'}'"),
  LT("'<'"),
  GT("'>'"),
  SHL("'<<'"),
  COMMA("','"),
  SEMI("';'"),
  COLON("':'"),
  DOT("'.'"),
  EQ("'='"),
  PLUS("'+'"),
  MINUS("'-'"),
  STAR("'*'"),
  STARSTAR("'**'"),
  SLASH("'/'"),
  PERCENT("'%'"),
  TILDE("'~'"),
  EOF("end of file");

  private final String display;

  TokenKind(String display) {
    this.display = display;
  }

  /** How the kind is named in "expected X" messages. */
  public String display() {
    return display;
  }
}
