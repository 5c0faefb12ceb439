package traffic.diag;

import org.kos.libkos.SlApi;
import org.kos.libkos.Syscalls;
import org.kos.nk.Server;
import traffic.DiagnosticsEntity;
import traffic.Report;
import traffic.Summary;

/**
 * Numbers and prints every event and fault reported to it (component log) and answers the
 * counts (component stats): two components of one process over one state.
 */
public final class DiagnosticsServer implements Report, Summary {
  private int events;
  private int faults;

  @Override
  public void event(String source, String text) {
    events++;
    System.out.println("#" + (events + faults) + " " + source + ": " + text);
  }

  @Override
  public void fault(String source, String text) {
    faults++;
    System.out.println("#" + (events + faults) + " FAULT " + source + ": " + text);
  }

  @Override
  public Counts get() {
    return new Counts(events, faults);
  }

  public static void main(String[] args) throws Exception {
    DiagnosticsServer diagnostics = new DiagnosticsServer();
    int listener = SlApi.ServiceLocatorRegister("diag");
    new Server(Syscalls.NkKosTransport(listener), new DiagnosticsEntity.Dispatcher(diagnostics, diagnostics),
        DiagnosticsEntity.MAX_FIXED_SIZE, DiagnosticsEntity.MAX_ARENA).serve();
  }
}
