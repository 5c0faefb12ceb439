package traffic.mode;

import java.util.Set;
import org.kos.libkos.SlApi;
import org.kos.libkos.Syscalls;
import org.kos.nk.NkErrors;
import org.kos.nk.NkException;
import org.kos.nk.Server;
import traffic.DiagnosticsEntity;
import traffic.Mode;
import traffic.ModeManagerEntity;
import traffic.Report;
import traffic.ReportProxy;

/** Keeps the intersection's mode; reports every change to diagnostics before it answers. */
public final class ModeServer implements Mode {
  private static final Set<String> MODES = Set.of("off", "normal", "all-red");
  private final Report diagnostics;
  private String mode = "off";

  private ModeServer(Report diagnostics) {
    this.diagnostics = diagnostics;
  }

  @Override
  public String set(String next) throws NkException {
    if (!MODES.contains(next)) {
      throw new NkException(NkErrors.NK_EINVAL, "no mode " + next);
    }
    String previous = mode;
    mode = next;
    System.out.println(previous + " -> " + next);
    diagnostics.event("mode", next);
    return previous;
  }

  public static void main(String[] args) throws Exception {
    int diag = SlApi.ServiceLocatorConnect("diag");
    Report diagnostics = new ReportProxy(Syscalls.NkKosTransport(diag),
        SlApi.ServiceLocatorGetRiid(diag, DiagnosticsEntity.ENDPOINT_LOG_REPORT));
    int listener = SlApi.ServiceLocatorRegister("mode");
    new Server(Syscalls.NkKosTransport(listener), new ModeManagerEntity.Dispatcher(new ModeServer(diagnostics)),
        ModeManagerEntity.MAX_FIXED_SIZE, ModeManagerEntity.MAX_ARENA).serve();
  }
}
