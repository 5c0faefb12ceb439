package org.kos.nkc.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionTest {
  private static Condition.Outcome eval(String condition) {
    return Condition.evaluate(condition, 0, condition.length(), Map.of("BOARD", "RPI", "Q", "it's"));
  }

  @Test
  void escapedQuoteIsPartOfTheString() {
    Condition.Outcome c = eval("Q == 'it\\'s'");
    assertNull(c.error());
    assertTrue(c.value());
  }

  @Test
  void unclosedStringIsAnError() {
    assertEquals("unclosed string", eval("BOARD == 'RPI").error());
  }

  @Test
  void tokensLeftOverAreAnError() {
    Condition.Outcome c = eval("BOARD == 'RPI' BOARD");
    assertEquals("unexpected 'BOARD'", c.error());
    assertFalse(c.value());
  }

  @Test
  void keywordIsNotAName() {
    assertTrue(eval("BOARD == and").error().startsWith("expected a NAME or a quoted string"));
  }

  @Test
  void unbalancedParenthesisIsAnError() {
    assertEquals("expected ')' but found the end of the tag", eval("(BOARD").error());
  }

  @Test
  void emptyConditionIsAnError() {
    assertEquals("expected a NAME or a quoted string but found the end of the tag", eval("  ").error());
  }

  @Test
  void wordsThatStartWithKeywordsAreNames() {
    assertFalse(eval("order or notes or android").value());
    assertNull(eval("order or notes or android").error());
  }
}
