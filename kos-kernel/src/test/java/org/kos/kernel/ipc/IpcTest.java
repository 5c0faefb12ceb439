package org.kos.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kos.libkos.HandleTypes.HANDLE_TYPE_USER_FIRST;
import static org.kos.libkos.Ocap.OCAP_HANDLE_SPEC;
import static org.kos.libkos.Ocap.OCAP_HANDLE_TRANSFER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kos.kernel.handles.HandleTable;
import org.kos.kernel.handles.Handles;
import org.kos.kernel.security.IpcMessageEvent;
import org.kos.kernel.security.SecurityMonitor;
import org.kos.nk.Arena;
import org.kos.nk.HandleDesc;
import org.kos.nk.NkErrors;
import org.kos.nk.NkException;
import org.kos.nk.NkMessage;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class IpcTest {
  static final int READ = OCAP_HANDLE_SPEC(1);

  final Handles handles = new Handles();
  final Ipc ipc = new Ipc(handles, SecurityMonitor.ALLOW_ALL);
  final HandleTable client = new HandleTable("client", 64);
  final HandleTable server = new HandleTable("server", 64);
  final Ipc.Listener listener;
  final int clientHandle;

  IpcTest() throws RetcodeException {
    listener = ipc.createGroup(server, "chan", Map.of("ep", 3));
    clientHandle = ipc.connect(client, listener.group(), "chan");
  }

  /** A message with a UInt32 at 24, a handle container at 32 and a string chunk at 48. */
  static NkMessage message(int riid, int mid, int value, HandleDesc h, Arena arena, String text) throws NkException {
    NkMessage m = new NkMessage(64);
    m.reset(riid, mid, 1, 56);
    m.putS32(24, value);
    m.putHandle(32, h);
    m.setHandleOffsets(32);
    arena.reset();
    m.putChunk(48, arena.storeString(text, 100));
    m.setArenaSize(arena.used());
    return m;
  }

  /** Serves one request with {@code handler}, which turns the received message into the response. */
  CompletableFuture<NkMessage> serveOnce(Handler handler) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        NkMessage req = new NkMessage(64);
        Arena arena = new Arena(128);
        ipc.recv(server, listener.handle(), req, arena, 5_000);
        Arena resArena = new Arena(128);
        NkMessage res = handler.handle(req, arena, resArena);
        ipc.reply(server, listener.handle(), res, resArena);
        return req;
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    });
  }

  interface Handler {
    NkMessage handle(NkMessage req, Arena arena, Arena resArena) throws Exception;
  }

  static int rcOf(Executable e) {
    return assertThrows(RetcodeException.class, e::run).rc();
  }

  interface Executable {
    void run() throws Exception;
  }

  @Test
  void callCarriesTheRequestToTheServerAndTheResponseBack() throws Exception {
    CompletableFuture<NkMessage> served = serveOnce((req, arena, resArena) ->
        message(req.riid(), req.mid(), req.getS32(24) + 1, HandleDesc.of(), resArena,
            arena.string(req.getChunk(48), 100, "text") + "!"));
    Arena reqArena = new Arena(128);
    NkMessage req = message(3, 2, 41, HandleDesc.of(), reqArena, "hello");
    NkMessage res = new NkMessage(64);
    Arena resArena = new Arena(128);
    ipc.call(client, clientHandle, req, reqArena, res, resArena, Ipc.INFINITE);
    assertEquals(42, res.getS32(24));
    assertEquals("hello!", resArena.string(res.getChunk(48), 100, "text"));
    assertEquals(3, served.get().riid());
    assertArrayEquals(new int[] {32}, res.handleOffsets());
  }

  @Test
  void handlesTravelBothWaysTranslatedIntoTheReceiversSpace() throws Exception {
    int resource = handles.createUserObject(server, HANDLE_TYPE_USER_FIRST, OCAP_HANDLE_TRANSFER | READ, 5);
    AtomicReference<HandleDesc> seenByServer = new AtomicReference<>();
    CompletableFuture<NkMessage> served = serveOnce((req, arena, resArena) -> {
      arena.string(req.getChunk(48), 100, "t");
      return message(0, 0, 0, HandleDesc.of(resource, READ), resArena, "");
    });
    Arena reqArena = new Arena(128);
    NkMessage res = new NkMessage(64);
    ipc.call(client, clientHandle, message(0, 0, 0, HandleDesc.of(), reqArena, ""), reqArena, res, new Arena(128),
        Ipc.INFINITE);
    served.get();
    HandleDesc got = res.getHandle(32);
    assertEquals(READ, handles.rights(client, got.handle()));
    assertFalse(got.isDereferenced());

    CompletableFuture<NkMessage> second = serveOnce((req, arena, resArena) -> {
      seenByServer.set(req.getHandle(32));
      return message(0, 0, 0, HandleDesc.of(), resArena, "");
    });
    ipc.call(client, clientHandle, message(0, 0, 0, HandleDesc.of(got.handle()), reqArena, ""), reqArena, res,
        new Arena(128), Ipc.INFINITE);
    second.get();
    assertTrue(seenByServer.get().isDereferenced());
    assertEquals(resource, seenByServer.get().handle());
    assertEquals(5, seenByServer.get().badge());
  }

  @Test
  void aMessageWhoseHandleCountDisagreesWithItsOffsetsIsInvalid() throws Exception {
    Arena a = new Arena(128);
    NkMessage req = message(0, 0, 0, HandleDesc.of(), a, "");
    req.setHandleOffsets();
    assertEquals(Retcode.rcInvalidArgument,
        rcOf(() -> ipc.call(client, clientHandle, req, a, new NkMessage(64), new Arena(8), 100)));
  }

  @Test
  void aMessageWhoseArenaSizeDisagreesWithItsArenaIsInvalid() throws Exception {
    Arena a = new Arena(128);
    NkMessage req = message(0, 0, 0, HandleDesc.of(), a, "");
    req.setArenaSize(a.used() + 4);
    assertEquals(Retcode.rcInvalidArgument,
        rcOf(() -> ipc.call(client, clientHandle, req, a, new NkMessage(64), new Arena(8), 100)));
  }

  @Test
  void raisingRightsInAResponseFailsBothReplyAndCall() throws Exception {
    int resource = handles.createUserObject(server, HANDLE_TYPE_USER_FIRST, OCAP_HANDLE_TRANSFER, 5);
    AtomicReference<Integer> replyRc = new AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        NkMessage req = new NkMessage(64);
        Arena arena = new Arena(128);
        ipc.recv(server, listener.handle(), req, arena, 5_000);
        Arena resArena = new Arena(128);
        replyRc.set(rcOf(() -> ipc.reply(server, listener.handle(),
            message(0, 0, 0, HandleDesc.of(resource, OCAP_HANDLE_TRANSFER | READ), resArena, ""), resArena)));
      } catch (RetcodeException e) {
        throw new RuntimeException(e);
      }
    });
    t.start();
    Arena a = new Arena(128);
    assertEquals(Retcode.rcSecurityDisallow, rcOf(() -> ipc.call(client, clientHandle,
        message(0, 0, 0, HandleDesc.of(), a, ""), a, new NkMessage(64), new Arena(128), Ipc.INFINITE)));
    t.join();
    assertEquals(Retcode.rcSecurityDisallow, replyRc.get());
    assertEquals(0, handles.count(client) - 1, "the client holds only its channel handle");
  }

  @Test
  void raisingRightsInARequestFailsTheCall() throws Exception {
    HandleTable c = client;
    int mine = handles.createUserObject(c, HANDLE_TYPE_USER_FIRST, OCAP_HANDLE_TRANSFER, 1);
    Thread t = new Thread(() -> {
      try {
        ipc.recv(server, listener.handle(), new NkMessage(64), new Arena(128), 300);
      } catch (RetcodeException e) {
        assertEquals(Retcode.rcTimeout, e.rc(), "the refused request is not delivered");
      }
    });
    t.start();
    Arena a = new Arena(128);
    assertEquals(Retcode.rcSecurityDisallow, rcOf(() -> ipc.call(client, clientHandle,
        message(0, 0, 0, HandleDesc.of(mine, READ), a, ""), a, new NkMessage(64), new Arena(128), Ipc.INFINITE)));
    t.join();
  }

  @Test
  void aCallPendingWhenTheServerSideGoesEndsWithNotConnected() throws Exception {
    Thread closer = new Thread(() -> {
      try {
        ipc.recv(server, listener.handle(), new NkMessage(64), new Arena(128), 5_000);
        handles.closeAll(server);
      } catch (RetcodeException e) {
        throw new RuntimeException(e);
      }
    });
    closer.start();
    Arena a = new Arena(128);
    assertEquals(Retcode.rcNotConnected, rcOf(() -> ipc.call(client, clientHandle,
        message(0, 0, 0, HandleDesc.of(), a, ""), a, new NkMessage(64), new Arena(128), Ipc.INFINITE)));
    closer.join();
  }

  @Test
  void aCallToAServerThatIsGoneEndsWithNotConnected() throws Exception {
    handles.close(server, listener.handle());
    Arena a = new Arena(128);
    assertEquals(Retcode.rcNotConnected, rcOf(() -> ipc.call(client, clientHandle,
        message(0, 0, 0, HandleDesc.of(), a, ""), a, new NkMessage(64), new Arena(128), Ipc.INFINITE)));
  }

  @Test
  void aCallWithoutResponseTimesOut() throws Exception {
    Arena a = new Arena(128);
    assertEquals(Retcode.rcTimeout, rcOf(() -> ipc.call(client, clientHandle,
        message(0, 0, 0, HandleDesc.of(), a, ""), a, new NkMessage(64), new Arena(128), 50)));
  }

  @Test
  void recvWithoutRequestTimesOut() {
    assertEquals(Retcode.rcTimeout,
        rcOf(() -> ipc.recv(server, listener.handle(), new NkMessage(64), new Arena(8), 30)));
  }

  @Test
  void theSecurityMonitorSeesEveryMessageAndCanRefuse() throws Exception {
    AtomicReference<IpcMessageEvent> seen = new AtomicReference<>();
    ipc.setSecurityMonitor(m -> {
      seen.set(m);
      return m.mid() != 9;
    });
    Arena a = new Arena(128);
    assertEquals(Retcode.rcSecurityDisallow, rcOf(() -> ipc.call(client, clientHandle,
        message(3, 9, 0, HandleDesc.of(), a, ""), a, new NkMessage(64), new Arena(128), 1_000)));
    IpcMessageEvent e = seen.get();
    assertEquals(new IpcMessageEvent(IpcMessageEvent.Direction.REQUEST, "client", "server", "chan", 3, 9),
        new IpcMessageEvent(e.direction(), e.source(), e.target(), e.channel(), e.riid(), e.mid()));
    assertEquals(3, e.message().fixed()[0], "the module sees the message's bytes (riid in the header)");
  }

  @Test
  void aRevokedClientHandleCannotCall() throws Exception {
    int copy = handles.translate(client, new HandleDesc[] {HandleDesc.of(clientHandle)}, client)[0].handle();
    handles.revoke(client, clientHandle);
    Arena a = new Arena(128);
    assertEquals(Retcode.rcHandleRevoked, rcOf(() -> ipc.call(client, copy,
        message(0, 0, 0, HandleDesc.of(), a, ""), a, new NkMessage(64), new Arena(128), 100)));
  }

  @Test
  void replyWithoutARequestIsInvalid() {
    assertEquals(Retcode.rcInvalidArgument,
        rcOf(() -> ipc.reply(server, listener.handle(), new NkMessage(64).reset(0, 0, 0, 24), null)));
  }

  @Test
  void theTransportReportsKernelCodesAsNkErrors() throws Exception {
    handles.close(server, listener.handle());
    KernelTransport t = new KernelTransport(ipc, client, clientHandle, 100);
    Arena a = new Arena(128);
    NkException e = assertThrows(NkException.class,
        () -> t.call(message(0, 0, 0, HandleDesc.of(), a, ""), a, new NkMessage(64), new Arena(128)));
    assertEquals(NkErrors.NK_ENOTCONN, e.error());
    assertEquals(Retcode.rcNotConnected, t.lastRetcode());
  }

  /** A message without handles or arena carrying {@code value} at offset 24. */
  static NkMessage plain(int value) {
    NkMessage m = new NkMessage(32);
    m.reset(3, 1, 0, 28);
    m.putS32(24, value);
    return m;
  }

  @Test
  void manyClientsOfOneServerEachGetTheAnswerToTheirOwnRequests() throws Exception {
    Thread serverThread = new Thread(() -> {
      NkMessage req = new NkMessage(32);
      try {
        while (true) {
          ipc.recv(server, listener.handle(), req, null, Ipc.INFINITE);
          ipc.reply(server, listener.handle(), plain(req.getS32(24) + 1), null);
        }
      } catch (RetcodeException e) {
        // the listener was closed: done
      }
    });
    serverThread.start();
    List<Thread> clients = new ArrayList<>();
    AtomicInteger right = new AtomicInteger();
    for (int c = 0; c < 8; c++) {
      int base = c * 1_000_000;
      Thread t = new Thread(() -> {
        try {
          HandleTable own = new HandleTable("client", 4);
          int h = ipc.connect(own, listener.group(), "chan");
          NkMessage res = new NkMessage(32);
          for (int i = 0; i < 300; i++) {
            ipc.call(own, h, plain(base + i), null, res, null, Ipc.INFINITE);
            if (res.getS32(24) == base + i + 1) {
              right.incrementAndGet();
            }
          }
        } catch (RetcodeException e) {
          throw new RuntimeException(e);
        }
      });
      t.start();
      clients.add(t);
    }
    for (Thread t : clients) {
      t.join();
    }
    handles.close(server, listener.handle());
    serverThread.join();
    assertEquals(8 * 300, right.get());
  }

  @Test
  void aRecvAsleepWhenTheServerSideGoesEndsWithNotConnected() throws Exception {
    AtomicInteger rc = new AtomicInteger();
    Thread receiver = new Thread(() -> rc.set(
        rcOf(() -> ipc.recv(server, listener.handle(), new NkMessage(64), new Arena(128), Ipc.INFINITE))));
    receiver.start();
    while (receiver.getState() != Thread.State.WAITING) { // past its spin: parked
      Thread.sleep(1);
    }
    handles.close(server, listener.handle());
    receiver.join();
    assertEquals(Retcode.rcNotConnected, rc.get());
  }

  @Test
  void theSecurityMonitorSeesTheResponseAndCanRefuseIt() throws Exception {
    List<IpcMessageEvent.Direction> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    ipc.setSecurityMonitor(m -> {
      seen.add(m.direction());
      return m.direction() == IpcMessageEvent.Direction.REQUEST;
    });
    CompletableFuture<Integer> reply = CompletableFuture.supplyAsync(() -> rcOf(() -> {
      NkMessage req = new NkMessage(32);
      ipc.recv(server, listener.handle(), req, null, 5_000);
      ipc.reply(server, listener.handle(), plain(1), null);
    }));
    assertEquals(Retcode.rcSecurityDisallow,
        rcOf(() -> ipc.call(client, clientHandle, plain(0), null, new NkMessage(32), null, 5_000)));
    assertEquals(Retcode.rcSecurityDisallow, reply.get());
    assertEquals(List.of(IpcMessageEvent.Direction.REQUEST, IpcMessageEvent.Direction.RESPONSE), seen);
  }

  @Test
  void theCallerOfARefusedResponseGetsTheServersReasonWithTheCodeNamedOnce() throws Exception {
    ipc.setSecurityMonitor(m -> m.direction() == IpcMessageEvent.Direction.REQUEST);
    CompletableFuture<Integer> reply = CompletableFuture.supplyAsync(() -> rcOf(() -> {
      ipc.recv(server, listener.handle(), new NkMessage(32), null, 5_000);
      ipc.reply(server, listener.handle(), plain(1), null);
    }));
    RetcodeException e = assertThrows(RetcodeException.class,
        () -> ipc.call(client, clientHandle, plain(0), null, new NkMessage(32), null, 5_000));
    assertEquals(Retcode.rcSecurityDisallow, reply.get());
    assertTrue(e.getMessage().startsWith("rcSecurityDisallow: the security policy refused the response"), e.getMessage());
  }

  @Test
  void aMessageTheMonitorPermitsFromItsFactsAloneIsNotBuiltIntoAnEvent() throws Exception {
    client.setSubject("demo.Client", 7);
    server.setSubject("demo.Server", 8);
    List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
    ipc.setSecurityMonitor(new SecurityMonitor() {
      @Override
      public boolean permits(IpcMessageEvent m) {
        asked.add("event " + m.direction());
        return true;
      }

      @Override
      public boolean permitsWithoutEvent(IpcMessageEvent.Direction d, String sourceClass, int sourceSid,
          String targetClass, int targetSid, int riid, int mid, byte[] fixed, byte[] arena) {
        asked.add(d + " " + sourceClass + "/" + sourceSid + " -> " + targetClass + "/" + targetSid + " " + riid + "."
            + mid + " " + fixed.length + "+" + arena.length);
        return d == IpcMessageEvent.Direction.REQUEST; // the response needs the event
      }
    });
    CompletableFuture<NkMessage> served = serveOnce((req, arena, resArena) -> plain(1));
    Arena a = new Arena(128);
    ipc.call(client, clientHandle, message(3, 2, 0, HandleDesc.of(), a, "hi"), a, new NkMessage(64), new Arena(128),
        5_000);
    served.get();
    assertEquals(List.of("REQUEST demo.Client/7 -> demo.Server/8 3.2 56+3",
        "RESPONSE demo.Server/8 -> demo.Client/7 3.1 28+0", "event RESPONSE"), asked);
  }
}
