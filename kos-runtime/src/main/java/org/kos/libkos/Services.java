package org.kos.libkos;

import org.kos.nk.EntityDispatcher;
import org.kos.nk.NkException;
import org.kos.nk.Server;
import org.kos.nk.Transport;
import org.kos.rc.RetcodeException;

/**
 * The two things every program does with a static channel, each in one call: a server serves its
 * class on a connection id, a client gets a proxy of one endpoint behind a connection id. They are
 * the {@link SlApi} and {@link Syscalls} calls a program would otherwise write out (and still may).
 */
public final class Services {
  private Services() {}

  /** How a generated proxy is made: {@code IPingProxy::new}. */
  @FunctionalInterface
  public interface ProxyFactory<P> {
    P create(Transport transport, int riid);
  }

  /**
   * Registers the calling server on {@code connectionId} (the {@code id} of the clients'
   * connection in init.yaml) and serves requests in the calling thread until the channel is gone:
   * {@code Services.serve("echo", ServerEntity.dispatcher(new PingServer()))}.
   */
  public static void serve(String connectionId, EntityDispatcher dispatcher) throws RetcodeException, NkException {
    int listener = SlApi.ServiceLocatorRegister(connectionId);
    new Server(Syscalls.NkKosTransport(listener), dispatcher).serve();
  }

  /**
   * A proxy of the endpoint {@code endpoint} (e.g. the generated {@code ServerEntity.ENDPOINT_CSERVER_PING})
   * of the server behind the calling client's connection {@code connectionId}:
   * {@code IPing server = Services.connect("echo", ServerEntity.ENDPOINT_CSERVER_PING, IPingProxy::new)}.
   * One per thread, like every proxy.
   */
  public static <P> P connect(String connectionId, String endpoint, ProxyFactory<P> proxy) throws RetcodeException {
    int channel = SlApi.ServiceLocatorConnect(connectionId);
    int riid = SlApi.ServiceLocatorGetRiid(channel, endpoint);
    return proxy.create(Syscalls.NkKosTransport(channel), riid);
  }
}
