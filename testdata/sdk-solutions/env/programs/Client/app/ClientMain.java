package app;

import java.nio.charset.StandardCharsets;
import java.util.List;
import kl.Env;
import kl.EnvProxy;
import org.kos.libkos.SlApi;
import org.kos.libkos.Syscalls;

/** Looks the Env endpoint up by its component name, as the vendor's Env client does, and prints what it holds. */
public final class ClientMain {
  private ClientMain() {}

  private static String join(List<byte[]> values) {
    StringBuilder out = new StringBuilder();
    for (byte[] v : values) {
      out.append(out.length() == 0 ? "" : " ").append(new String(v, StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  public static void main(String[] args) throws Exception {
    int channel = SlApi.ServiceLocatorConnect("argsrv");
    int riid = SlApi.ServiceLocatorGetRiid(channel, "kl.Env.env");
    Env env = new EnvProxy(Syscalls.NkKosTransport(channel), riid);
    Env.ReadOut mine = env.read("Client".getBytes(StandardCharsets.UTF_8));
    System.out.println("args: " + join(mine.args()));
    System.out.println("env: " + join(mine.envs()));
  }
}
