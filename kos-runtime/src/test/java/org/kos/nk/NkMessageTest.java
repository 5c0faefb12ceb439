package org.kos.nk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NkMessageTest {
  @Test
  void resetWritesTheHeaderLittleEndianAtTheDocumentedOffsets() {
    NkMessage m = new NkMessage(40).reset(0x0102, 0x0304, 2, 40);
    m.setArenaSize(0x11223344);
    byte[] b = m.toByteArray();
    assertEquals(40, b.length);
    assertArrayEquals(new byte[] {2, 1, 4, 3, 0, 0, 0, 0, 2, 0, 0, 0, 40, 0, 0, 0, 0x44, 0x33, 0x22, 0x11, 0, 0, 0, 0},
        java.util.Arrays.copyOf(b, 24));
  }

  @Test
  void errorFlagIsBitZeroOfFlags() {
    NkMessage m = new NkMessage(24).reset(0, 0, 0, 24);
    m.setError(true);
    assertTrue(m.isError());
    assertEquals(NkMessage.FLAG_ERROR, m.flags());
  }

  @Test
  void handleContainerRoundTripsThroughSixteenBytes() {
    NkMessage m = new NkMessage(40).reset(0, 0, 1, 40);
    HandleDesc h = new HandleDesc(5, 0x1F, 77, HandleDesc.FLAG_DEREFERENCED);
    m.putHandle(24, h);
    assertEquals(h, m.getHandle(24));
  }

  @Test
  void receivedRejectsAMessageShorterThanTheHeader() {
    NkException e = assertThrows(NkException.class, () -> NkMessage.received(new byte[10]));
    assertEquals(NkErrors.NK_EBADMSG, e.error());
  }

  @Test
  void receivedRejectsTrailingBytesAfterFixedSize() {
    byte[] b = new NkMessage(32).reset(0, 0, 0, 24).toByteArray();
    byte[] longer = java.util.Arrays.copyOf(b, 32);
    NkException e = assertThrows(NkException.class, () -> NkMessage.received(longer));
    assertTrue(e.getMessage().contains("trailing bytes"), e.getMessage());
  }

  @Test
  void receivedRejectsUnknownFlags() {
    byte[] b = new NkMessage(24).reset(0, 0, 0, 24).toByteArray();
    b[NkMessage.OFF_FLAGS] = 4;
    assertThrows(NkException.class, () -> NkMessage.received(b));
  }

  @Test
  void checkFieldRejectsAFieldPastTheFixedPart() throws NkException {
    NkMessage m = NkMessage.received(new NkMessage(32).reset(0, 0, 0, 32).toByteArray());
    m.checkField(24, 8);
    assertThrows(NkException.class, () -> m.checkField(28, 8));
  }
}
