package echo.app;

import echo.IPing;
import echo.IPingProxy;
import echo.ServerEntity;
import org.kos.nk.LoopbackTransport;
import org.kos.nk.NkException;
import org.kos.nk.Transport;

/** The client side: calls the server through the generated proxy. */
public final class EchoClient {
  private final IPing server;

  public EchoClient(Transport transport) {
    this.server = new IPingProxy(transport, ServerEntity.RIID_PING);
  }

  /** Pings {@code count} times starting at {@code first}; returns the last answer. */
  public int pingPong(int first, int count) throws NkException {
    int value = first;
    for (int i = 0; i < count; i++) {
      value = server.ping(value);
    }
    return value;
  }

  /** Client and server in one process, connected by a loopback transport (no kernel needed). */
  public static Transport loopback() {
    return new LoopbackTransport(new ServerEntity.Dispatcher(new EchoServer()),
        ServerEntity.MAX_FIXED_SIZE, ServerEntity.MAX_ARENA);
  }

  public static void main(String[] args) throws NkException {
    System.out.println(new EchoClient(loopback()).pingPong(0, 3));
  }
}
