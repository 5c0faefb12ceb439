package org.kos.nkc.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeneratorExpressionsTest {
  @Test
  void firstExpressionIsFoundWithItsSpan() {
    String text = "  path: $<TARGET_FILE_NAME:precompiled_vfs::VfsNet>\n";
    GeneratorExpressions.Found f = GeneratorExpressions.first(text).orElseThrow();
    assertEquals("$<TARGET_FILE_NAME:precompiled_vfs::VfsNet>", f.text());
    assertEquals(text.indexOf('$'), f.start());
    assertEquals(text.indexOf('>') + 1, f.end());
  }

  @Test
  void nestedExpressionsEndAtTheOuterClose() {
    String e = "$<$<CONFIG:Debug>:dbg>";
    assertEquals(e, GeneratorExpressions.first("a: " + e + " b").orElseThrow().text());
  }

  @Test
  void unclosedExpressionEndsAtItsLine() {
    assertEquals("$<TARGET_FILE_NAME:x", GeneratorExpressions.first("p: $<TARGET_FILE_NAME:x\nq: 1").orElseThrow().text());
  }

  @Test
  void everyExpressionIsCounted() {
    assertEquals(3, GeneratorExpressions.first("$<A:b> x $<C:d>\n$<E>").orElseThrow().count());
  }

  @Test
  void textWithoutDollarAngleHasNone() {
    assertTrue(GeneratorExpressions.first("cost: $5 <b> a<b>").isEmpty());
  }
}
