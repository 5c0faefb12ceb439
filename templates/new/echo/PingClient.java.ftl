package ${pkg}.client;

import ${pkg}.IPing;
import ${pkg}.IPingProxy;
import ${pkg}.ServerEntity;
import org.kos.libkos.SlApi;
import org.kos.libkos.Syscalls;

/** Calls Ping(1) .. Ping(N) on the server (N = its first argument) and prints the answers. */
public final class PingClient {
  private PingClient() {}

  public static void main(String[] args) throws Exception {
    int channel = SlApi.ServiceLocatorConnect("${pkg}");
    int riid = SlApi.ServiceLocatorGetRiid(channel, ServerEntity.ENDPOINT_CSERVER_PING);
    IPing server = new IPingProxy(Syscalls.NkKosTransport(channel), riid);
    int count = Integer.parseInt(args[0]);
    for (int value = 1; value <= count; value++) {
      System.out.println("Ping(" + value + ") = " + server.ping(value));
    }
  }
}
