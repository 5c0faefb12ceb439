package org.kos.nkc.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SdkVersionTest {
  @Test
  void aVersionIsParsedFromItsTwoFirstNumbers() {
    assertEquals(Optional.of(SdkVersion.V1_1), SdkVersion.parse("1.1"));
    assertEquals(Optional.of(SdkVersion.V1_1), SdkVersion.parse("1.1.1.13"));
    assertEquals(Optional.of(SdkVersion.V1_2), SdkVersion.parse(" 1.2.0.45 "));
  }

  @Test
  void unknownOrMalformedVersionsAreNotParsed() {
    assertEquals(Optional.empty(), SdkVersion.parse("2.0"));
    assertEquals(Optional.empty(), SdkVersion.parse("1"));
    assertEquals(Optional.empty(), SdkVersion.parse("1.x"));
    assertEquals(Optional.empty(), SdkVersion.parse("1.1."));
    assertEquals(Optional.empty(), SdkVersion.parse(null));
  }

  @Test
  void anUnknownVersionIsRefusedNamingTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SdkVersion.of("0.9"));
    assertTrue(e.getMessage().contains("1.0, 1.1, 1.2, 1.3, 1.4"), e.getMessage());
  }

  @Test
  void theNewestIsTheLastGeneration() {
    SdkVersion[] all = SdkVersion.values();
    assertEquals(all[all.length - 1], SdkVersion.NEWEST);
  }

  @Test
  void theTableHasAColumnPerVersionAndARowPerBehaviour() {
    var table = SdkVersion.table();
    assertEquals(SdkVersion.values().length + 1, table.get(0).size());
    table.forEach(row -> assertEquals(table.get(0).size(), row.size(), row.toString()));
  }
}
