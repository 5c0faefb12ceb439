package org.kos.nkc.javagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import echo.IPing;
import echo.IPingCodec;
import echo.IPingProxy;
import echo.ServerEntity;
import org.junit.jupiter.api.Test;
import org.kos.nk.Arena;
import org.kos.nk.LoopbackTransport;
import org.kos.nk.NkErrors;
import org.kos.nk.NkException;
import org.kos.nk.NkMessage;

/** The echo example: client proxy → loopback (real bytes) → entity dispatcher → server, and back. */
class EchoRoundTripTest {
  /** The server: answers value + 1, refuses 13 with NK_EPERM. */
  private static final IPing SERVER = value -> {
    if (value == 13) {
      throw new NkException(NkErrors.NK_EPERM, "unlucky");
    }
    return value + 1;
  };

  private static LoopbackTransport loopback() {
    return new LoopbackTransport(new ServerEntity.Dispatcher(SERVER), ServerEntity.MAX_FIXED_SIZE,
        ServerEntity.MAX_ARENA);
  }

  @Test
  void pingReturnsTheServersAnswer() throws NkException {
    IPing client = new IPingProxy(loopback(), ServerEntity.RIID_CSERVER_PING);
    assertEquals(42, client.ping(41));
  }

  @Test
  void unsignedValuesCrossAsTwosComplement() throws NkException {
    IPing client = new IPingProxy(loopback(), ServerEntity.RIID_CSERVER_PING);
    assertEquals(0, client.ping(0xFFFFFFFF));
  }

  @Test
  void repeatedCallsReuseTheProxysBuffers() throws NkException {
    IPing client = new IPingProxy(loopback(), ServerEntity.RIID_CSERVER_PING);
    for (int i = 100; i < 200; i++) {
      assertEquals(i + 1, client.ping(i));
    }
  }

  @Test
  void anNkExceptionOfTheServerReachesTheClientAsAStatusReply() {
    IPing client = new IPingProxy(loopback(), ServerEntity.RIID_CSERVER_PING);
    NkException e = assertThrows(NkException.class, () -> client.ping(13));
    assertEquals(NkErrors.NK_EPERM, e.error());
  }

  @Test
  void unknownRiidGivesEnoent() {
    IPing client = new IPingProxy(loopback(), ServerEntity.ENDPOINT_COUNT);
    NkException e = assertThrows(NkException.class, () -> client.ping(1));
    assertEquals(NkErrors.NK_ENOENT, e.error());
  }

  @Test
  void unknownMidGivesAStatusReplyWithEnoent() throws NkException {
    NkMessage req = new NkMessage(IPingCodec.MAX_FIXED_SIZE);
    IPingCodec.encodePingRequest(req, new Arena(0), ServerEntity.RIID_CSERVER_PING, 1);
    NkMessage unknown = NkMessage.received(req.toByteArray());
    unknown.putS16(NkMessage.OFF_MID, (short) 7);
    NkMessage res = new NkMessage(IPingCodec.MAX_FIXED_SIZE);
    loopback().call(unknown, new Arena(0), res, new Arena(0));
    assertEquals(NkMessage.FLAG_STATUS, res.flags());
    assertEquals(NkErrors.NK_ENOENT, res.status());
  }

  @Test
  void aMalformedRequestGivesAStatusReplyWithEbadmsg() throws NkException {
    NkMessage shortRequest = new NkMessage(24).reset(ServerEntity.RIID_CSERVER_PING, IPingCodec.MID_PING, 0, 24);
    NkMessage res = new NkMessage(IPingCodec.MAX_FIXED_SIZE);
    loopback().call(shortRequest, new Arena(0), res, new Arena(0));
    assertEquals(NkErrors.NK_EBADMSG, res.status());
  }

  @Test
  void componentConstantsFollowTheLayout() {
    assertEquals(0, ServerEntity.RIID_CSERVER_PING);
    assertEquals("cserver.ping", ServerEntity.ENDPOINT_CSERVER_PING);
    assertEquals("echo.IPing", ServerEntity.IFACE_CSERVER_PING);
    assertEquals(32, IPingCodec.PING_REQUEST_FIXED_SIZE);
  }
}
