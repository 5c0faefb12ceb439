package org.kos.nk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NkMessageHandlesTest {
  private static NkMessage withTwoHandles() {
    NkMessage m = new NkMessage(64).reset(0, 0, 0, 64);
    m.putHandle(24, HandleDesc.of(1));
    m.putHandle(40, HandleDesc.of(2, 3, 4));
    return m;
  }

  private static NkMessage receivedCopy(NkMessage sent) throws NkException {
    NkMessage m = NkMessage.received(sent.toByteArray());
    m.setHandleOffsets(sent.handleOffsets());
    m.beginDecode(sent.fixedSize(), 0, new Arena(0));
    return m;
  }

  @Test
  void putHandleRecordsItsOffsetAndCountsNcaps() {
    NkMessage m = withTwoHandles();
    assertArrayEquals(new int[] {24, 40}, m.handleOffsets());
    assertEquals(2, m.ncaps());
    assertEquals(40, m.handleOffset(1));
  }

  @Test
  void resetForgetsTheHandlesOfThePreviousMessage() {
    NkMessage m = withTwoHandles();
    m.reset(0, 0, 0, 24);
    assertEquals(0, m.handleCount());
  }

  @Test
  void takeHandleReadsTheContainersTheTableLists() throws NkException {
    NkMessage m = receivedCopy(withTwoHandles());
    assertEquals(HandleDesc.of(1), m.takeHandle(24));
    assertEquals(HandleDesc.of(2, 3, 4), m.takeHandle(40));
    m.checkHandlesConsumed();
  }

  @Test
  void takeHandleRejectsAnOffsetTheTableDoesNotList() throws NkException {
    NkMessage m = receivedCopy(withTwoHandles());
    NkException e = assertThrows(NkException.class, () -> m.takeHandle(40));
    assertEquals(NkErrors.NK_EBADMSG, e.error());
  }

  @Test
  void takeHandleRejectsMoreHandlesThanNcaps() throws NkException {
    NkMessage sent = new NkMessage(64).reset(0, 0, 0, 64);
    NkMessage m = receivedCopy(sent);
    assertThrows(NkException.class, () -> m.takeHandle(24));
  }

  @Test
  void checkHandlesConsumedRejectsHandlesLeftUnread() throws NkException {
    NkMessage m = receivedCopy(withTwoHandles());
    m.takeHandle(24);
    assertThrows(NkException.class, m::checkHandlesConsumed);
  }
}
