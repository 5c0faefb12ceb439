package ${pkg}.server;

import ${pkg}.IPing;
import ${pkg}.ServerEntity;
import org.kos.libkos.SlApi;
import org.kos.libkos.Syscalls;
import org.kos.nk.Server;

/** Answers Ping(value) with value + 1, for as long as anyone asks. */
public final class PingServer implements IPing {
  @Override
  public int ping(int value) {
    System.out.println("Ping(" + value + ")");
    return value + 1;
  }

  public static void main(String[] args) throws Exception {
    // The name the server registers is the connection id the client uses (init.yaml).
    int listener = SlApi.ServiceLocatorRegister("${pkg}");
    new Server(Syscalls.NkKosTransport(listener), new ServerEntity.Dispatcher(new PingServer()),
        ServerEntity.MAX_FIXED_SIZE, ServerEntity.MAX_ARENA).serve();
  }
}
