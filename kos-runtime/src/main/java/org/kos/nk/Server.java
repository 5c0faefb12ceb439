package org.kos.nk;

/**
 * The loop of a server thread: receive a request, dispatch it, reply, with a status reply when the
 * dispatcher returns an NK error. One instance per thread: it owns its buffers, sized once from
 * the generated {@code MAX_FIXED_SIZE} and {@code MAX_ARENA} constants of the component.
 */
public final class Server {
  private final Transport transport;
  private final Dispatcher dispatcher;
  private final NkMessage req;
  private final Arena reqArena;
  private final NkMessage res;
  private final Arena resArena;

  public Server(Transport transport, Dispatcher dispatcher, int maxFixedSize, long maxArena) {
    this.transport = transport;
    this.dispatcher = dispatcher;
    int fixed = Math.max(maxFixedSize, NkMessage.HEADER_SIZE);
    this.req = new NkMessage(fixed);
    this.res = new NkMessage(fixed);
    this.reqArena = Arena.forMaxSize(maxArena);
    this.resArena = Arena.forMaxSize(maxArena);
  }

  /** A server for a generated entity or component dispatcher, its buffers sized by the dispatcher's bounds. */
  public Server(Transport transport, EntityDispatcher dispatcher) {
    this(transport, dispatcher, dispatcher.maxFixedSize(), dispatcher.maxArena());
  }

  /** Receives, dispatches and answers one request. */
  public void serveOne() throws NkException {
    transport.recv(req, reqArena);
    answer(dispatcher, req, reqArena, res, resArena);
    try {
      transport.reply(res, resArena);
    } catch (NkException e) {
      // A response the security policy refused: the client's Call has failed with the reason;
      // the server goes on with the next request, as a vendor server loop ignores Reply's code.
      if (e.error() != NkErrors.NK_EPERM) {
        throw e;
      }
    }
  }

  /** Serves requests until the transport reports {@link NkErrors#NK_ENOTCONN}; other errors propagate. */
  public void serve() throws NkException {
    try {
      while (true) {
        serveOne();
      }
    } catch (NkException e) {
      if (e.error() != NkErrors.NK_ENOTCONN) {
        throw e;
      }
    }
  }

  /** Dispatches {@code req}, turning a non-zero code into a status reply in {@code res}. */
  static void answer(Dispatcher dispatcher, NkMessage req, Arena reqArena, NkMessage res, Arena resArena) {
    int code = dispatcher.dispatch(req, reqArena, res, resArena);
    if (code != NkErrors.NK_EOK) {
      resArena.reset();
      res.setStatus(req.riid(), req.mid(), code);
    }
  }
}
