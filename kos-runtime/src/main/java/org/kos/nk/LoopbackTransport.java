package org.kos.nk;

/**
 * A transport that runs a {@link Dispatcher} in the caller's thread, for tests before there is a
 * kernel. Messages cross as real bytes, as they would through the kernel: the request's bytes and
 * arena are copied and validated ({@link NkMessage#received}) before the dispatcher sees them, and
 * the reply's bytes are loaded into the caller's buffers the same way. Handle containers pass
 * through unchanged (there is no second handle space), with their offsets table.
 */
public final class LoopbackTransport implements Transport {
  private final Dispatcher dispatcher;
  private final NkMessage res;
  private final Arena resArena;

  /** {@code maxFixedSize} and {@code maxArena} size the server-side response buffers. */
  public LoopbackTransport(Dispatcher dispatcher, int maxFixedSize, long maxArena) {
    this.dispatcher = dispatcher;
    this.res = new NkMessage(Math.max(maxFixedSize, NkMessage.HEADER_SIZE));
    this.resArena = Arena.forMaxSize(maxArena);
  }

  @Override
  public void call(NkMessage request, Arena requestArena, NkMessage response, Arena responseArena)
      throws NkException {
    NkMessage req = NkMessage.received(request.toByteArray());
    req.setHandleOffsets(request.handleOffsets());
    Arena reqArena = Arena.received(requestArena.toByteArray());
    resArena.reset();
    Server.answer(dispatcher, req, reqArena, res, resArena);
    byte[] reply = res.toByteArray();
    response.load(reply, reply.length);
    response.setHandleOffsets(res.handleOffsets());
    byte[] arena = resArena.toByteArray();
    responseArena.load(arena, arena.length);
  }

  /** A loopback has no queue of requests: servers are called directly by {@link #call}. */
  @Override
  public void recv(NkMessage request, Arena requestArena) throws NkException {
    throw new NkException(NkErrors.NK_ENOTCONN, "a loopback transport delivers requests by call only");
  }

  @Override
  public void reply(NkMessage response, Arena responseArena) throws NkException {
    throw new NkException(NkErrors.NK_ENOTCONN, "a loopback transport replies from call only");
  }
}
