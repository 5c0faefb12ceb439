package org.kos.nkc.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceFile;

class LexerTest {
  private List<Diagnostic> lex(String text) {
    Diagnostics diagnostics = new Diagnostics();
    Lexer.lex(new SourceFile("a/B.idl", text), diagnostics);
    return diagnostics.sorted();
  }

  @Test
  void aRunOfUnexpectedCharactersIsReportedOnceSpanningTheRun() {
    List<Diagnostic> d = lex("package a.B\n@#$!?  const");
    assertEquals(1, d.size());
    assertEquals("NK0101", d.get(0).id());
    assertEquals("5 unexpected characters, starting with '@' (U+0040)", d.get(0).message());
    assertEquals(12, d.get(0).span().start());
    assertEquals(17, d.get(0).span().end());
  }

  @Test
  void unexpectedCharactersSeparatedByATokenAreTwoReports() {
    assertEquals(2, lex("@ x @").size());
  }

  @Test
  void aSingleUnexpectedCharacterIsNamedAlone() {
    assertEquals("unexpected character '@' (U+0040)", lex("x @ y").get(0).message());
  }
}
