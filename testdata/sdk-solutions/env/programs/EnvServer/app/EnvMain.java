package app;

import java.nio.charset.StandardCharsets;
import java.util.List;
import kl.Env;
import org.kos.libkos.SlApi;
import org.kos.libkos.Syscalls;
import org.kos.nk.Server;

/** Serves kl.Env: the arguments and environment registered per process name, as ENV_REGISTER_ARGS does. */
public final class EnvMain implements Env {
  @Override
  public ReadOut read(byte[] name) {
    String who = new String(name, StandardCharsets.UTF_8);
    System.out.println("Read(" + who + ")");
    if (!who.equals("Client")) {
      return new ReadOut(List.of(), List.of());
    }
    return new ReadOut(List.of(bytes("Client"), bytes("-v")), List.of(bytes("LANG=C")));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  public static void main(String[] args) throws Exception {
    int listener = SlApi.ServiceLocatorRegister("argsrv");
    new Server(Syscalls.NkKosTransport(listener), new EnvServerEntity.Dispatcher(new EnvMain()),
        EnvServerEntity.MAX_FIXED_SIZE, EnvServerEntity.MAX_ARENA).serve();
  }
}
