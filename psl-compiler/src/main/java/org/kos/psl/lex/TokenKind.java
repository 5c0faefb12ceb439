package org.kos.psl.lex;

/** The kinds of PSL tokens. Keywords are not kinds: every word is an {@link #IDENT}, read in context. */
public enum TokenKind {
  IDENT("name"),
  UNDERSCORE("'_'"),
  INT("integer"),
  TEXT("text"),
  REGEX("regex block"),
  LBRACE("'{'"),
  RBRACE("'}'"),
  LBRACK("'['"),
  RBRACK("']'"),
  LPAREN("'('"),
  RPAREN("')'"),
  COLON("':'"),
  COMMA("','"),
  ASSIGN("'='"),
  BAR("'|'"),
  DOT("'.'"),
  DOT_LBRACK("'.['"),
  BANG("'!'"),
  TILDE("'~'"),
  AND("'&&'"),
  OR("'||'"),
  IMPLIES("'==>'"),
  EQ("'=='"),
  NE("'!='"),
  LT("'<'"),
  LE("'<='"),
  GT("'>'"),
  GE("'>='"),
  PLUS("'+'"),
  MINUS("'-'"),
  STAR("'*'"),
  AMP("'&'"),
  LARROW("'<-'"),
  SQUIG("'~>'"),
  EOF("end of file");

  private final String display;

  TokenKind(String display) {
    this.display = display;
  }

  /** How the kind is named in "expected ..." messages. */
  public String display() {
    return display;
  }
}
