package traffic.lights;

import org.kos.libkos.SlApi;
import org.kos.libkos.Syscalls;
import org.kos.libkos.TaskApi;
import org.kos.nk.NkException;
import org.kos.nk.Server;
import traffic.DiagnosticsEntity;
import traffic.Lamp;
import traffic.LightsEntity;
import traffic.Report;
import traffic.ReportProxy;

/**
 * A signal head: three lamps, each an instance of component traffic.CLamp with its own endpoint.
 * Serves the channel group named by its first argument. {@code LAMP_LIFE=colour:n} makes that
 * lamp burn out after lighting n times: switching it on then fails and is reported as a fault.
 */
public final class LightsServer {
  private LightsServer() {}

  /** One lamp: prints when it goes on or off. */
  static final class LampServer implements Lamp {
    private final String colour;
    private final String task;
    private final Report diagnostics;
    /** Times it can still light; negative: forever. */
    private int life;
    private boolean lit;

    LampServer(String colour, String task, Report diagnostics, int life) {
      this.colour = colour;
      this.task = task;
      this.diagnostics = diagnostics;
      this.life = life;
    }

    @Override
    public byte switch_(byte on) throws NkException, SwitchError {
      boolean wanted = on != 0;
      if (wanted && !lit) {
        if (life == 0) {
          diagnostics.fault(task, colour + " lamp burnt out");
          throw new SwitchError("burnt out");
        }
        life--;
      }
      boolean was = lit;
      lit = wanted;
      if (was != wanted) {
        System.out.println(colour + (wanted ? " on" : " off"));
      }
      return (byte) (was ? 1 : 0);
    }
  }

  /** The life LAMP_LIFE gives {@code colour}, else forever. */
  static int lifeOf(String colour, String lampLife) {
    if (lampLife != null && lampLife.startsWith(colour + ":")) {
      return Integer.parseInt(lampLife.substring(colour.length() + 1));
    }
    return -1;
  }

  public static void main(String[] args) throws Exception {
    String task = TaskApi.KnTaskGetName();
    String lampLife = TaskApi.getenv("LAMP_LIFE");
    int diag = SlApi.ServiceLocatorConnect("diag");
    Report diagnostics = new ReportProxy(Syscalls.NkKosTransport(diag),
        SlApi.ServiceLocatorGetRiid(diag, DiagnosticsEntity.ENDPOINT_LOG_REPORT));
    LightsEntity.Dispatcher lamps = new LightsEntity.Dispatcher(
        new LampServer("red", task, diagnostics, lifeOf("red", lampLife)),
        new LampServer("yellow", task, diagnostics, lifeOf("yellow", lampLife)),
        new LampServer("green", task, diagnostics, lifeOf("green", lampLife)));
    int listener = SlApi.ServiceLocatorRegister(args[0]);
    new Server(Syscalls.NkKosTransport(listener), lamps, LightsEntity.MAX_FIXED_SIZE, LightsEntity.MAX_ARENA).serve();
  }
}
