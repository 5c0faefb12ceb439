package traffic.control;

import java.util.List;
import org.kos.libkos.SlApi;
import org.kos.libkos.Syscalls;
import org.kos.nk.NkException;
import org.kos.nk.Transport;
import traffic.DiagnosticsEntity;
import traffic.Lamp;
import traffic.LampProxy;
import traffic.LightsEntity;
import traffic.Mode;
import traffic.ModeManagerEntity;
import traffic.ModeProxy;
import traffic.Summary;
import traffic.SummaryProxy;

/**
 * Runs N cycles (its first argument) of the four phases of a two-way intersection; when a lamp
 * fails it switches to mode all-red, shows red both ways and stops. Then prints the diagnostics
 * counts. Every other task only answers it (or each other), so the output order is fixed.
 */
public final class Controller {
  private Controller() {}

  /** The colours of the two directions in one phase. */
  private record Phase(String ns, String ew) {}

  private static final List<Phase> PHASES = List.of(new Phase("green", "red"), new Phase("yellow", "red"),
      new Phase("red", "green"), new Phase("red", "yellow"));

  /** A signal head: one proxy per lamp, over one channel. */
  private record Signal(String name, Lamp red, Lamp yellow, Lamp green) {
    static Signal connect(String name) throws Exception {
      int channel = SlApi.ServiceLocatorConnect(name);
      Transport transport = Syscalls.NkKosTransport(channel);
      return new Signal(name,
          new LampProxy(transport, SlApi.ServiceLocatorGetRiid(channel, LightsEntity.ENDPOINT_RED_LAMP)),
          new LampProxy(transport, SlApi.ServiceLocatorGetRiid(channel, LightsEntity.ENDPOINT_YELLOW_LAMP)),
          new LampProxy(transport, SlApi.ServiceLocatorGetRiid(channel, LightsEntity.ENDPOINT_GREEN_LAMP)));
    }

    /** Lights {@code colour} only: the others go off first, as a signal must never show two. */
    void show(String colour) throws NkException, Lamp.SwitchError {
      for (String c : List.of("red", "yellow", "green")) {
        if (!c.equals(colour)) {
          lamp(c).switch_((byte) 0);
        }
      }
      lamp(colour).switch_((byte) 1);
    }

    private Lamp lamp(String colour) {
      return switch (colour) {
        case "red" -> red;
        case "yellow" -> yellow;
        default -> green;
      };
    }
  }

  public static void main(String[] args) throws Exception {
    int cycles = Integer.parseInt(args[0]);
    int modeChannel = SlApi.ServiceLocatorConnect("mode");
    Mode mode = new ModeProxy(Syscalls.NkKosTransport(modeChannel),
        SlApi.ServiceLocatorGetRiid(modeChannel, ModeManagerEntity.ENDPOINT_MODE));
    int diag = SlApi.ServiceLocatorConnect("diag");
    Summary summary = new SummaryProxy(Syscalls.NkKosTransport(diag),
        SlApi.ServiceLocatorGetRiid(diag, DiagnosticsEntity.ENDPOINT_STATS_SUMMARY));
    Signal ns = Signal.connect("ns");
    Signal ew = Signal.connect("ew");

    mode.set("normal");
    run:
    for (int cycle = 1; cycle <= cycles; cycle++) {
      for (Phase phase : PHASES) {
        System.out.println("cycle " + cycle + ": ns " + phase.ns() + ", ew " + phase.ew());
        try {
          ns.show(phase.ns());
          ew.show(phase.ew());
        } catch (Lamp.SwitchError e) {
          System.out.println("a lamp failed (" + e.fault() + "): all red");
          mode.set("all-red");
          ns.show("red");
          ew.show("red");
          break run;
        }
      }
    }
    Summary.Counts counts = summary.get();
    System.out.println("diagnostics: events " + counts.events() + ", faults " + counts.faults());
  }
}
