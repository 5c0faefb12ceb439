package org.kos.ksm.models;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kos.ksm.models.Fixtures.list;
import static org.kos.ksm.models.Fixtures.rec;
import static org.kos.ksm.models.Fixtures.type;

import org.junit.jupiter.api.Test;
import org.kos.ksm.model.Unit;

class ValueTypeTest {
  private static ValueType of(String json) {
    return ValueType.of(type(json));
  }

  @Test
  void anIntegerTypeHoldsItsMaximum() {
    assertTrue(of("{\"type\": \"UInt8\"}").holds(255L));
  }

  @Test
  void anIntegerTypeRefusesAValueAboveItsMaximum() {
    assertFalse(of("{\"type\": \"UInt8\"}").holds(256L));
  }

  @Test
  void aSignedTypeHoldsItsMinimum() {
    assertTrue(of("{\"type\": \"SInt16\"}").holds(-32768L));
  }

  @Test
  void anUnsignedTypeRefusesANegative() {
    assertFalse(of("{\"type\": \"UInt32\"}").holds(-1L));
  }

  @Test
  void anIntegerTypeRefusesAText() {
    assertFalse(of("{\"type\": \"UInt64\"}").holds("1"));
  }

  @Test
  void booleanHoldsBooleans() {
    assertTrue(of("{\"type\": \"Boolean\"}").holds(false));
  }

  @Test
  void unitHoldsUnit() {
    assertTrue(of("{\"type\": \"()\"}").holds(Unit.UNIT));
  }

  @Test
  void aVariantOfTextsHoldsEachText() {
    assertTrue(of("{\"variant\": [{\"text\": \"a\"}, {\"text\": \"b\"}]}").holds("b"));
  }

  @Test
  void aVariantOfTextsRefusesAnotherText() {
    assertFalse(of("{\"variant\": [{\"text\": \"a\"}, {\"text\": \"b\"}]}").holds("c"));
  }

  @Test
  void anIntLiteralTypeHoldsOnlyItsValue() {
    assertFalse(of("{\"int\": \"12\"}").holds(13L));
  }

  @Test
  void aDictRefusesAMissingField() {
    assertFalse(of("{\"dict\": {\"a\": {\"type\": \"UInt8\"}, \"b\": {\"type\": \"UInt8\"}}}").holds(rec("a", 1)));
  }

  @Test
  void aTupleRefusesTheWrongLength() {
    assertFalse(of("{\"tuple\": [{\"type\": \"UInt8\"}]}").holds(list(1, 2)));
  }

  @Test
  void aSequenceRefusesMoreThanItsBound() {
    assertFalse(of("{\"sequence\": {\"element\": {\"type\": \"UInt8\"}, \"bound\": 1}}").holds(list(1, 2)));
  }

  @Test
  void aListChecksItsElements() {
    assertFalse(of("{\"list\": {\"element\": {\"type\": \"UInt8\"}}}").holds(list(1, 300)));
  }

  @Test
  void aMapChecksItsValues() {
    assertFalse(of("{\"map\": {\"key\": {\"type\": \"Text\"}, \"value\": {\"type\": \"UInt8\"}}}").holds(rec("k", 300)));
  }

  @Test
  void anUnknownTypeNameIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> of("{\"type\": \"Float\"}"));
  }
}
