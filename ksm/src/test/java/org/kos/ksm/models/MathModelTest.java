package org.kos.ksm.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kos.ksm.models.Fixtures.dropped;
import static org.kos.ksm.models.Fixtures.list;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.ModelObject;

class MathModelTest {
  private final ModelObject math = Models.create("Math", "math", Map.of(), null);

  @Test
  void negNegates() throws EvalException {
    assertEquals(-5L, dropped(math, "neg", 5L));
  }

  @Test
  void negOfTheSmallestLongOverflows() {
    assertThrows(EvalException.class, () -> dropped(math, "neg", Long.MIN_VALUE));
  }

  @Test
  void absOfANegativeIsPositive() throws EvalException {
    assertEquals(7L, dropped(math, "abs", -7L));
  }

  @Test
  void absOfTheSmallestLongOverflows() {
    assertThrows(EvalException.class, () -> dropped(math, "abs", Long.MIN_VALUE));
  }

  @Test
  void sumAddsTheElements() throws EvalException {
    assertEquals(6L, dropped(math, "sum", list(1, 2, 3)));
  }

  @Test
  void sumOfNothingIsZero() throws EvalException {
    assertEquals(0L, dropped(math, "sum", list()));
  }

  @Test
  void sumBeyond64BitsIsAnError() {
    assertThrows(EvalException.class, () -> dropped(math, "sum", list(Long.MAX_VALUE, 1L)));
  }

  @Test
  void productMultipliesTheElements() throws EvalException {
    assertEquals(24L, dropped(math, "product", list(2, 3, 4)));
  }

  @Test
  void productOfNothingIsOne() throws EvalException {
    assertEquals(1L, dropped(math, "product", list()));
  }

  @Test
  void productBeyond64BitsIsAnError() {
    assertThrows(EvalException.class, () -> dropped(math, "product", list(Long.MAX_VALUE, 2L)));
  }

  @Test
  void castKeepsAValueThatFits() throws EvalException {
    assertEquals(255L, dropped(math, "uint8", 255L));
  }

  @Test
  void castOfAValueTooBigIsAnError() {
    assertThrows(EvalException.class, () -> dropped(math, "uint16", 65536L));
  }

  @Test
  void unsignedCastOfANegativeIsAnError() {
    assertThrows(EvalException.class, () -> dropped(math, "uint32", -1L));
  }

  @Test
  void signedCastOfAValueTooSmallIsAnError() {
    assertThrows(EvalException.class, () -> dropped(math, "sint8", -129L));
  }

  @Test
  void sint32CastKeepsItsSmallestValue() throws EvalException {
    assertEquals((long) Integer.MIN_VALUE, dropped(math, "sint32", (long) Integer.MIN_VALUE));
  }

  @Test
  void uint64CastKeepsABigValueStoredAsANegativeLong() throws EvalException {
    assertEquals(-1L, dropped(math, "uint64", -1L));
  }

  @Test
  void sint64CastKeepsAnyLong() throws EvalException {
    assertEquals(Long.MIN_VALUE, dropped(math, "sint64", Long.MIN_VALUE));
  }
}
