package org.kos.nk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NkMessageStatusTest {
  private static byte[] statusReply(int code) {
    return new NkMessage(40).setStatus(3, 4, code).toByteArray();
  }

  @Test
  void statusReplyIsAHeaderWithFlagBitOneAndTheCodeAtOffset20() throws NkException {
    NkMessage m = NkMessage.received(statusReply(NkErrors.NK_ENOENT));
    assertEquals(24, m.toByteArray().length);
    assertEquals(NkMessage.FLAG_STATUS, m.flags());
    assertEquals(NkErrors.NK_ENOENT, m.status());
    assertEquals(3, m.riid());
    assertEquals(4, m.mid());
  }

  @Test
  void ordinaryMessageHasStatusOk() throws NkException {
    assertEquals(NkErrors.NK_EOK, NkMessage.received(new NkMessage(24).reset(0, 0, 0, 24).toByteArray()).status());
  }

  @Test
  void receivedRejectsAStatusReplyWithANonNegativeCode() {
    byte[] b = statusReply(NkErrors.NK_EPERM);
    b[NkMessage.OFF_STATUS] = 5;
    b[NkMessage.OFF_STATUS + 3] = 0;
    assertThrows(NkException.class, () -> NkMessage.received(b));
  }

  @Test
  void receivedRejectsAStatusReplyWithTheErrorFlag() {
    byte[] b = statusReply(NkErrors.NK_EPERM);
    b[NkMessage.OFF_FLAGS] = NkMessage.FLAG_STATUS | NkMessage.FLAG_ERROR;
    assertThrows(NkException.class, () -> NkMessage.received(b));
  }

  @Test
  void receivedRejectsAStatusReplyWithAnArena() {
    byte[] b = statusReply(NkErrors.NK_EPERM);
    b[NkMessage.OFF_ARENA_SIZE] = 1;
    assertThrows(NkException.class, () -> NkMessage.received(b));
  }

  @Test
  void checkReplyToTurnsAStatusReplyIntoItsCode() throws NkException {
    NkMessage m = NkMessage.received(statusReply(NkErrors.NK_EAGAIN));
    NkException e = assertThrows(NkException.class, () -> m.checkReplyTo(3, 4));
    assertEquals(NkErrors.NK_EAGAIN, e.error());
  }

  @Test
  void checkReplyToRejectsAReplyToAnotherMethod() throws NkException {
    NkMessage m = NkMessage.received(new NkMessage(24).reset(3, 5, 0, 24).toByteArray());
    NkException e = assertThrows(NkException.class, () -> m.checkReplyTo(3, 4));
    assertEquals(NkErrors.NK_EBADMSG, e.error());
  }

  @Test
  void setStatusRefusesSuccess() {
    assertThrows(IllegalArgumentException.class, () -> new NkMessage(24).setStatus(0, 0, NkErrors.NK_EOK));
  }

  @Test
  void loadCopiesAValidatedMessageIntoAReusedBuffer() throws NkException {
    NkMessage m = new NkMessage(64);
    byte[] b = new NkMessage(32).reset(1, 2, 0, 32).toByteArray();
    m.load(b, b.length);
    assertEquals(32, m.fixedSize());
    assertEquals(2, m.mid());
  }

  @Test
  void loadRefusesAMessageLargerThanTheBuffer() {
    byte[] b = new NkMessage(64).reset(1, 2, 0, 64).toByteArray();
    NkException e = assertThrows(NkException.class, () -> new NkMessage(32).load(b, b.length));
    assertEquals(NkErrors.NK_ENOMEM, e.error());
  }

  @Test
  void beginDecodeRejectsAnotherFixedSize() throws NkException {
    NkMessage m = NkMessage.received(new NkMessage(32).reset(0, 0, 0, 32).toByteArray());
    NkException e = assertThrows(NkException.class, () -> m.beginDecode(24, 0, new Arena(0)));
    assertTrue(e.getMessage().contains("fixedSize 32"), e.getMessage());
  }

  @Test
  void beginDecodeRejectsAnArenaSizeTheHeaderDoesNotDeclare() throws NkException {
    NkMessage m = NkMessage.received(new NkMessage(24).reset(0, 0, 0, 24).toByteArray());
    assertThrows(NkException.class, () -> m.beginDecode(24, 0, Arena.received(new byte[3])));
  }
}
