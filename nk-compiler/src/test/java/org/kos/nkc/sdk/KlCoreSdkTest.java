package org.kos.nkc.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kos.nkc.CompileResult;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.layout.EndpointLayout;
import org.kos.nkc.layout.Layout;
import org.kos.nkc.model.Model;

/** The kl.core IDL/CDL/EDL bundled with the compiler: what `kos nk check` must accept. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KlCoreSdkTest {
  /** The endpoints of the seed's tables (001_*), in the order the seed lists them. */
  private static final List<String> SEED_ENDPOINTS = List.of(
      "vmm.VMM kl.core.VMM", "io.IO kl.core.IO", "thread.Thread kl.core.Thread", "handle.Handle kl.core.Handle",
      "task.Task kl.core.Task", "sync.Sync kl.core.Sync", "fs.FS kl.core.FS", "fs.FSUnsafe kl.core.FSUnsafe",
      "time.Time kl.core.Time", "hal.HAL kl.core.HAL", "xhcidbg.XHCIDBG kl.core.XHCIDBG",
      "audit.Audit kl.core.Audit", "profiler.Profiler kl.core.Profiler", "iommu.IOMMU kl.core.IOMMU",
      "cm.CM kl.core.CM", "pm.PM kl.core.PM", "notice.Notice kl.core.Notice",
      "hypervisor.Hypervisor kl.core.Hypervisor", "tee.TEE kl.core.TEE", "tee.TEEVMM kl.core.TEEVMM",
      "ipc.IPC kl.core.IPC", "cpufreq.CpuFreq kl.core.CpuFreq");

  @Test
  void everyKlCoreFileChecksWithoutDiagnostics() throws IOException {
    CompileResult r = KlCoreSdk.compile();
    assertEquals(List.of(), r.diagnostics().stream().map(Diagnostic::toString).toList());
  }

  @Test
  void coreEntityServesTheSeedEndpointsInRiidOrder() throws IOException {
    Model model = KlCoreSdk.compile().model().orElseThrow();
    List<EndpointLayout> endpoints = Layout.of(model).taskClass("kl.core.Core").endpoints();
    assertEquals(SEED_ENDPOINTS, endpoints.stream().map(e -> e.name() + " " + e.iface()).toList());
    for (int i = 0; i < endpoints.size(); i++) {
      assertEquals(i, endpoints.get(i).riid());
    }
  }

  @Test
  void everyKlCoreMethodEndsWithItsReturnCode() throws IOException {
    Model model = KlCoreSdk.compile().model().orElseThrow();
    model.packages().keySet().stream().map(model::iface).flatMap(java.util.Optional::stream).forEach(i ->
        i.methods().forEach(m -> {
          var outs = m.outs();
          assertEquals("rc", outs.get(outs.size() - 1).name(), i.name() + "." + m.name());
        }));
  }
}
