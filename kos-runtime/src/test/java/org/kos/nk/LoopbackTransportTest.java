package org.kos.nk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LoopbackTransportTest {
  /** Doubles the u32 at offset 24 and sends back the handle of the request at offset 32. */
  private static final Dispatcher DOUBLER = (req, reqArena, res, resArena) -> {
    try {
      req.beginDecode(48, 0, reqArena);
      HandleDesc h = req.takeHandle(32);
      req.checkHandlesConsumed();
      res.reset(req.riid(), req.mid(), 0, 48);
      res.putS32(24, req.getS32(24) * 2);
      res.putHandle(32, h);
      return NkErrors.NK_EOK;
    } catch (NkException e) {
      return e.error();
    }
  };

  private static NkMessage request(int value, HandleDesc h) {
    NkMessage req = new NkMessage(48).reset(1, 2, 0, 48);
    req.putS32(24, value);
    req.putHandle(32, h);
    return req;
  }

  @Test
  void callRunsTheDispatcherAndLoadsItsReply() throws NkException {
    NkMessage res = new NkMessage(48);
    new LoopbackTransport(DOUBLER, 48, 0).call(request(21, HandleDesc.of(7, 3, 9)), new Arena(0), res, new Arena(0));
    assertEquals(42, res.getS32(24));
  }

  @Test
  void handlesPassThroughUnchangedWithTheirOffsets() throws NkException {
    NkMessage res = new NkMessage(48);
    new LoopbackTransport(DOUBLER, 48, 0).call(request(1, HandleDesc.of(7, 3, 9)), new Arena(0), res, new Arena(0));
    res.beginDecode(48, 0, new Arena(0));
    assertEquals(HandleDesc.of(7, 3, 9), res.takeHandle(32));
  }

  @Test
  void aDispatcherErrorComesBackAsAStatusReply() throws NkException {
    NkMessage res = new NkMessage(48);
    NkMessage bad = new NkMessage(24).reset(1, 2, 0, 24);
    new LoopbackTransport(DOUBLER, 48, 0).call(bad, new Arena(0), res, new Arena(0));
    NkException e = assertThrows(NkException.class, () -> res.checkReplyTo(1, 2));
    assertEquals(NkErrors.NK_EBADMSG, e.error());
  }

  @Test
  void recvIsNotAvailableOnALoopback() {
    NkException e = assertThrows(NkException.class,
        () -> new LoopbackTransport(DOUBLER, 48, 0).recv(new NkMessage(48), new Arena(0)));
    assertEquals(NkErrors.NK_ENOTCONN, e.error());
  }
}
