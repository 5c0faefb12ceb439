package org.kos.nk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerTest {
  /** Hands out queued requests and records the replies; ENOTCONN when the queue is empty. */
  private static final class QueueTransport implements Transport {
    final Deque<byte[]> requests = new ArrayDeque<>();
    final List<byte[]> replies = new ArrayList<>();

    @Override
    public void call(NkMessage request, Arena requestArena, NkMessage response, Arena responseArena)
        throws NkException {
      throw new NkException(NkErrors.NK_EPERM, "server side only");
    }

    @Override
    public void recv(NkMessage request, Arena requestArena) throws NkException {
      byte[] next = requests.poll();
      if (next == null) {
        throw new NkException(NkErrors.NK_ENOTCONN, "no more requests");
      }
      request.load(next, next.length);
      requestArena.load(new byte[0], 0);
    }

    @Override
    public void reply(NkMessage response, Arena responseArena) {
      replies.add(response.toByteArray());
    }
  }

  private static final Dispatcher ECHO_MID = (req, reqArena, res, resArena) -> {
    if (req.mid() > 1) {
      return NkErrors.NK_ENOENT;
    }
    res.reset(req.riid(), req.mid(), 0, 32);
    res.putS32(24, req.mid() + 100);
    return NkErrors.NK_EOK;
  };

  @Test
  void serveAnswersEveryRequestUntilTheTransportDisconnects() throws NkException {
    QueueTransport t = new QueueTransport();
    t.requests.add(new NkMessage(24).reset(0, 0, 0, 24).toByteArray());
    t.requests.add(new NkMessage(24).reset(0, 1, 0, 24).toByteArray());
    new Server(t, ECHO_MID, 32, 0).serve();
    assertEquals(2, t.replies.size());
    assertEquals(101, NkMessage.received(t.replies.get(1)).getS32(24));
  }

  @Test
  void aNonZeroDispatchCodeIsAnsweredWithAStatusReply() throws NkException {
    QueueTransport t = new QueueTransport();
    t.requests.add(new NkMessage(24).reset(5, 9, 0, 24).toByteArray());
    new Server(t, ECHO_MID, 32, 0).serveOne();
    NkMessage reply = NkMessage.received(t.replies.get(0));
    assertEquals(NkErrors.NK_ENOENT, reply.status());
    assertEquals(9, reply.mid());
  }

  @Test
  void serveOnePropagatesTheTransportsError() {
    QueueTransport t = new QueueTransport();
    NkException e = assertThrows(NkException.class, () -> new Server(t, ECHO_MID, 32, 0).serveOne());
    assertEquals(NkErrors.NK_ENOTCONN, e.error());
  }

  @Test
  void anEntityDispatchersBoundsSizeTheServersBuffers() throws NkException {
    EntityDispatcher wide = new EntityDispatcher() {
      @Override
      public int dispatch(NkMessage req, Arena reqArena, NkMessage res, Arena resArena) {
        res.reset(req.riid(), req.mid(), 0, 48);
        return NkErrors.NK_EOK;
      }

      @Override
      public int maxFixedSize() {
        return 48;
      }

      @Override
      public long maxArena() {
        return 0;
      }
    };
    QueueTransport t = new QueueTransport();
    t.requests.add(new NkMessage(48).reset(0, 0, 0, 48).toByteArray());
    new Server(t, wide).serve();
    assertEquals(48, t.replies.get(0).length);
  }
}
