package org.kos.ksm.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kos.ksm.models.Fixtures.dropped;
import static org.kos.ksm.models.Fixtures.rec;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.ModelObject;

class RegexTest {
  private final ModelObject re = Models.create("Regex", "re", Map.of(), null);

  private Object match(String text, String pattern) throws EvalException {
    return dropped(re, "match", rec("text", text, "pattern", pattern));
  }

  @Test
  void matchFindsThePatternAnywhereInTheText() throws EvalException {
    assertEquals(true, match("say hello world", "hello"));
  }

  @Test
  void matchIsFalseWhenThePatternIsNotFound() throws EvalException {
    assertEquals(false, match("goodbye", "hello"));
  }

  @Test
  void anchorsMatchTheWholeText() throws EvalException {
    assertEquals(false, match("abc1", "^[a-z]+$"));
  }

  @Test
  void dollarDoesNotMatchBeforeATrailingNewline() throws EvalException {
    assertEquals(false, match("abc\n", "^[a-z]+$"));
  }

  @Test
  void dotMatchesANewline() throws EvalException {
    assertEquals(true, match("a\nb", "^a.b$"));
  }

  @Test
  void matchIsCaseSensitive() throws EvalException {
    assertEquals(false, match("HELLO", "hello"));
  }

  @Test
  void boundedRepetitionWorks() throws EvalException {
    assertEquals(true, match("aaa", "^a{2,3}$"));
  }

  @Test
  void alternationAndGroupsWork() throws EvalException {
    assertEquals(true, match("blink-red", "^blink-(red|green)$"));
  }

  @Test
  void posixClassesWork() throws EvalException {
    assertEquals(true, match("abc123", "^[[:alpha:]]+[[:digit:]]+$"));
  }

  @Test
  void anOpeningBracketInsideABracketIsLiteral() throws EvalException {
    assertEquals(true, match("[", "^[a[]$"));
  }

  @Test
  void aBraceThatOpensNoBoundIsLiteral() throws EvalException {
    assertEquals(true, match("{x}", "^{x}$"));
  }

  @Test
  void backReferencesAreRefused() {
    assertThrows(EvalException.class, () -> match("aa", "(a)\\1"));
  }

  @Test
  void lookAheadIsRefused() {
    assertThrows(EvalException.class, () -> match("ab", "a(?=b)"));
  }

  @Test
  void lookBehindIsRefused() {
    assertThrows(EvalException.class, () -> match("ab", "(?<=a)b"));
  }

  @Test
  void possessiveQuantifiersAreRefused() {
    assertThrows(EvalException.class, () -> match("aa", "a*+a"));
  }

  @Test
  void anInvalidPatternIsAnError() {
    assertThrows(EvalException.class, () -> match("a", "(a"));
  }

  @Test
  void anUnknownPosixClassIsAnError() {
    assertThrows(EvalException.class, () -> match("a", "[[:letters:]]"));
  }

  @Test
  void selectReturnsTheText() throws EvalException {
    assertEquals("on", dropped(re, "select", rec("text", "on")));
  }

  @Test
  void matchesFindsAChoiceAlternative() {
    assertTrue(Regex.matches("yellow", "blink-yellow"));
  }

  @Test
  void matchesIsFalseForAnAlternativeNotFound() {
    assertFalse(Regex.matches("^on$", "only"));
  }

  @Test
  void matchesRefusesABackReference() {
    assertThrows(IllegalArgumentException.class, () -> Regex.matches("(a)\\1", "aa"));
  }

  @Test
  void compiledPatternsAreCached() throws EvalException {
    assertSame(Regex.compile("^cached[0-9]$"), Regex.compile("^cached[0-9]$"));
  }
}
