package org.kos.rc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RetcodeTest {

  @Test
  void thereAreTwentyNineGenericCodes() {
    assertEquals(29, GenericCode.values().length);
  }

  @ParameterizedTest
  @EnumSource(GenericCode.class)
  void genericCodeValueLooksUpToItself(GenericCode g) {
    assertSame(g, GenericCode.byValue(g.value()));
  }

  @ParameterizedTest
  @EnumSource(GenericCode.class)
  void genericCodeNameLooksUpToItself(GenericCode g) {
    assertSame(g, GenericCode.bySdkName(g.sdkName()));
  }

  @ParameterizedTest
  @EnumSource(GenericCode.class)
  void genericErrorIsGenericBaseOrNumber(GenericCode g) {
    if (g == GenericCode.OK) {
      assertEquals(0, g.value());
    } else {
      assertEquals(0x90000000, g.value() & 0xFFFF0000);
      assertEquals(0, Retcode.space(g.value()));
      assertEquals(0, Retcode.facility(g.value()));
    }
  }

  @Test
  void genericNumbersAreOneToTwentyNineWithoutEleven() {
    List<Integer> codes = new ArrayList<>();
    for (GenericCode g : GenericCode.values()) {
      if (g != GenericCode.OK) {
        codes.add(Retcode.code(g.value()));
      }
    }
    List<Integer> expected = new ArrayList<>();
    for (int n = 1; n <= 29; n++) {
      if (n != 11) {
        expected.add(n);
      }
    }
    assertEquals(expected, codes);
  }

  /** The enum and the int constants must name the same values, one for one. */
  @Test
  void everyGenericConstantFieldMatchesItsEnumEntry() throws IllegalAccessException {
    int seen = 0;
    for (Field f : Retcode.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getName().startsWith("rc")) {
        GenericCode g = GenericCode.bySdkName(f.getName());
        assertTrue(g != null, "no enum entry for " + f.getName());
        assertEquals(g.value(), f.getInt(null), f.getName());
        seen++;
      }
    }
    assertEquals(GenericCode.values().length, seen);
  }

  @Test
  void securityDisallowIsTheValueSeenInLogs() {
    assertEquals(0x90000015, Retcode.rcSecurityDisallow);
    assertEquals(-1879048171, Retcode.rcSecurityDisallow);
    assertEquals("rcSecurityDisallow", Retcode.genericName(0x90000015));
  }

  @Test
  void unusedNumberElevenIsNotAGenericCode() {
    assertNull(GenericCode.byValue(0x9000000B));
  }

  @Test
  void generalBaseWithCodeZeroIsNotSuccess() {
    assertNull(GenericCode.byValue(0x90000000));
    assertSame(GenericCode.OK, GenericCode.byValue(0));
  }

  @Test
  void genericLookupIgnoresOtherSpaces() {
    assertNull(GenericCode.byValue(0x90800015));
  }

  @Test
  void customerCodeInGeneralSpaceHasTheSpecsValue() {
    assertEquals(0xB0000000 | 7,
        Retcode.make(Retcode.RC_CUSTOMER_TRUE, Retcode.RC_SPACE_GENERAL, 0, 7, ""));
  }

  @Test
  void kernelCodesStartAt0x90800000() {
    assertEquals(0x90800003, Retcode.make(0, Retcode.RC_SPACE_KERNEL, 0, 3, "kernel"));
  }

  @Test
  void makePlacesEveryFieldWhereTheAccessorsFindIt() {
    int rc = Retcode.make(1, 0x1F, 0x7F, 0xFFFF, "all ones");
    assertEquals(1, Retcode.severity(rc));
    assertEquals(1, Retcode.customer(rc));
    assertEquals(1, Retcode.sdkBit(rc));
    assertEquals(0x1F, Retcode.space(rc));
    assertEquals(0x7F, Retcode.facility(rc));
    assertEquals(0xFFFF, Retcode.code(rc));
    assertEquals(0xBFFFFFFF, rc);
  }

  @Test
  void makeRefusesAFacilityWiderThanSevenBits() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Retcode.make(0, 2, 128, 1, "too wide"));
    assertTrue(e.getMessage().contains("facility 128"), e.getMessage());
  }

  @Test
  void makeRefusesNegativeCode() {
    assertThrows(IllegalArgumentException.class, () -> Retcode.make(0, 2, 1, -1, "negative"));
  }

  @Test
  void makeRefusesCustomerOtherThanZeroOrOne() {
    assertThrows(IllegalArgumentException.class, () -> Retcode.make(2, 0, 0, 1, ""));
  }

  @Test
  void makeRefusesSpaceWiderThanFiveBits() {
    assertThrows(IllegalArgumentException.class, () -> Retcode.make(0, 32, 0, 1, ""));
  }

  @Test
  void fieldsOfZeroAreAllZero() {
    assertEquals(0, Retcode.severity(0));
    assertEquals(0, Retcode.customer(0));
    assertEquals(0, Retcode.sdkBit(0));
    assertEquals(0, Retcode.space(0));
    assertEquals(0, Retcode.facility(0));
    assertEquals(0, Retcode.code(0));
    assertTrue(Retcode.isOk(0));
  }

  @Test
  void fieldsOfAllOnesAreFieldMaxima() {
    int rc = 0xFFFFFFFF;
    assertEquals(1, Retcode.severity(rc));
    assertEquals(1, Retcode.customer(rc));
    assertEquals(0x1F, Retcode.space(rc));
    assertEquals(0x7F, Retcode.facility(rc));
    assertEquals(0xFFFF, Retcode.code(rc));
    assertFalse(Retcode.isWellFormed(rc), "bit 30 is set");
  }

  @Test
  void fieldsOfANegativeDecimalAreTheFieldsOfItsTwosComplement() {
    int rc = -1879048171;
    assertEquals(1, Retcode.severity(rc));
    assertEquals(0, Retcode.customer(rc));
    assertEquals(0, Retcode.space(rc));
    assertEquals(0, Retcode.facility(rc));
    assertEquals(21, Retcode.code(rc));
    assertTrue(Retcode.isWellFormed(rc));
  }

  @Test
  void fieldsOfMinusOneAreFieldMaxima() {
    assertEquals(Retcode.code(0xFFFFFFFF), Retcode.code(-1));
    assertEquals(0x1F, Retcode.space(-1));
  }

  @Test
  void hexIsEightUpperCaseDigits() {
    assertEquals("0x00000000", Retcode.toHex(0));
    assertEquals("0xFFFFFFFF", Retcode.toHex(-1));
    assertEquals("0x90000015", Retcode.toHex(Retcode.rcSecurityDisallow));
  }

  @Test
  void humanReadableFormOfAGenericCodeFollowsRetcodeHrFmt() {
    assertEquals(
        "Retcode 0x90000015: Space General, Facility 0, Error code 21"
            + " (The operation was denied by security mechanisms.)",
        Retcode.toHumanReadable(Retcode.rcSecurityDisallow));
  }

  @Test
  void humanReadableFormMarksCustomerCodes() {
    assertEquals("Retcode 0xb0000001: Customer error: Space General, Facility 0, Error code 1"
            + " (Invalid function argument.)",
        Retcode.toHumanReadable(0xB0000001));
  }

  @Test
  void humanReadableFormSaysSpecificOutsideGeneralSpace() {
    assertEquals("Retcode 0x91020005: Space Drivers, Facility 2, Error code 5 (Specific)",
        Retcode.toHumanReadable(Retcode.make(0, Retcode.RC_SPACE_DRIVERS, 2, 5, "")));
  }

  @Test
  void humanReadableFormSaysUnknownForGeneralCodesAboveTheTable() {
    assertTrue(Retcode.toHumanReadable(0x9000001E).endsWith("(Unknown)"));
    assertTrue(Retcode.toHumanReadable(0x9000000B).endsWith("(Unknown)"));
  }

  @Test
  void humanReadableFormSaysUnknownSpaceAboveTest() {
    assertTrue(Retcode.toHumanReadable(0x93000001).contains("Space Unknown,"));
  }

  @Test
  void spacesHaveSdkNamesAndConstants() {
    assertEquals("NK", RetcodeSpace.byId(3).displayName());
    assertEquals("RC_SPACE_DRIVERS", RetcodeSpace.DRIVERS.constantName());
    assertSame(RetcodeSpace.KERNEL, RetcodeSpace.byName("RC_SPACE_KERNEL"));
    assertSame(RetcodeSpace.TEST, RetcodeSpace.byName("test"));
    assertNull(RetcodeSpace.byId(6));
  }
}
