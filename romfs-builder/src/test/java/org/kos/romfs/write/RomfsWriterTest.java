package org.kos.romfs.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RomfsWriterTest {
  @Test
  void defaultLabelIsRomAndTheEpochInEightHexDigits() {
    assertEquals("rom 00000000", RomfsWriter.defaultLabel(0));
    assertEquals("rom 0000abcd", RomfsWriter.defaultLabel(0xabcd));
    assertEquals("rom ffffffff", RomfsWriter.defaultLabel(0xFFFF_FFFFL));
  }
}
