package org.kos.rcdb.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kos.rcdb.catalog.Catalog;
import org.kos.rcdb.model.RcEntry;
import org.kos.rcdb.model.SourceRef;

class DecoderTest {
  private final Decoder generic = new Decoder(Catalog.generic());

  private static List<String> summary(Decoder.Result r) {
    return r.readings().stream().map(d -> d.readAs().label() + " " + d.hex() + " " + d.name()).toList();
  }

  @Test
  void hexWithPrefixIsOneReading() {
    assertEquals(List.of("hex 0x90000015 rcSecurityDisallow"), summary(generic.decode("0x90000015")));
  }

  @Test
  void negativeDecimalIsTheSignedValue() {
    assertEquals(List.of("decimal 0x90000015 rcSecurityDisallow"), summary(generic.decode("-1879048171")));
  }

  @Test
  void unsignedDecimalAboveIntMaxIsAccepted() {
    assertEquals(List.of("decimal 0x90000015 rcSecurityDisallow"), summary(generic.decode("2415919125")));
  }

  @Test
  void nameDecodesToItsValue() {
    Decoder.Result r = generic.decode("rcSecurityDisallow");
    assertEquals(List.of("name 0x90000015 rcSecurityDisallow"), summary(r));
    assertEquals(-1879048171, r.readings().get(0).value());
  }

  @Test
  void digitsOnlyAreReadAsHexAndAsDecimalKnownFirst() {
    Decoder.Result r = generic.decode("90000015");
    assertEquals(List.of("hex 0x90000015 rcSecurityDisallow", "decimal 0x055D4A8F null"), summary(r));
    assertTrue(r.known());
  }

  @Test
  void singleDigitIsOneReading() {
    assertEquals(List.of("decimal 0x00000000 rcOk"), summary(generic.decode("0")));
  }

  @Test
  void hexLettersWithoutPrefixAreHex() {
    assertEquals(List.of("hex 0x9000000D rcFail"), summary(generic.decode("9000000d")));
  }

  @Test
  void garbageHasNoReadings() {
    Decoder.Result r = generic.decode("hello!");
    assertTrue(r.garbage());
    assertFalse(r.known());
  }

  @Test
  void numberBeyondThirtyTwoBitsIsGarbage() {
    assertTrue(generic.decode("0x1FFFFFFFF").garbage());
    assertTrue(generic.decode("-2147483649").garbage());
    assertTrue(generic.decode("4294967296").readings().stream().noneMatch(d -> d.readAs() == CodeInput.Kind.DECIMAL));
  }

  @Test
  void unknownNameSuggestsCloseNames() {
    Decoder.Result r = generic.decode("rcSecurityDissallow");
    assertTrue(r.readings().isEmpty());
    assertFalse(r.garbage(), "a name is not garbage, just unknown");
    assertEquals("rcSecurityDisallow", r.suggestions().get(0));
  }

  @Test
  void unknownValueStillShowsItsFields() {
    Decoded d = generic.decode("0x91020005").readings().get(0);
    assertFalse(d.known());
    assertEquals("Drivers", d.spaceName());
    assertEquals(2, d.facility());
    assertEquals(5, d.code());
    assertTrue(d.description().startsWith("unknown code"), d.description());
  }

  @Test
  void valueWithoutSdkBitsIsFlaggedAsNotMadeByMakeRetcode() {
    Decoded d = generic.decode("0x12345678").readings().get(0);
    assertTrue(d.description().contains("not made by MAKE_RETCODE"), d.description());
  }

  @Test
  void databaseEntriesAreDecodedWithTheirFacilityName() {
    RcEntry e = RcEntry.defined("rcAcmeUsbStall", 1, 10, 1, 1, "RC_SPACE_ACME", "RC_FACILITY_USB", "stalled",
        new SourceRef("e.h", 3, 9));
    Decoder d = new Decoder(Catalog.withGeneric(List.of(e)));
    Decoded r = d.decode("0xB5010001").readings().get(0);
    assertEquals("rcAcmeUsbStall", r.name());
    assertEquals("RC_SPACE_ACME", r.spaceName());
    assertEquals("RC_FACILITY_USB", r.facilityName());
    assertTrue(r.customer());
  }

  @Test
  void twoNamesForOneValueAreBothReadings() {
    RcEntry a = RcEntry.defined("rcA", 1, 10, 1, 1, null, null, "a", null);
    RcEntry b = RcEntry.defined("rcB", 1, 10, 1, 1, null, null, "b", null);
    assertEquals(2, new Decoder(Catalog.of(List.of(a, b))).decode("0xB5010001").readings().size());
  }
}
