package org.kos.kernel.core;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import kl.core.Audit;
import kl.core.CM;
import kl.core.CoreEntity;
import kl.core.CpuFreq;
import kl.core.FS;
import kl.core.FSUnsafe;
import kl.core.HAL;
import kl.core.Handle;
import kl.core.Hypervisor;
import kl.core.IO;
import kl.core.IOMMU;
import kl.core.IPC;
import kl.core.Notice;
import kl.core.PM;
import kl.core.Profiler;
import kl.core.Sync;
import kl.core.TEE;
import kl.core.TEEVMM;
import kl.core.Task;
import kl.core.Thread;
import kl.core.Time;
import kl.core.VMM;
import kl.core.XHCIDBG;
import org.kos.nk.Dispatcher;

/**
 * The kernel's {@code kl.core.Core} endpoints in RIID order: the interface, and the object
 * implementing what the model can do. The generated {@code CoreEntity.Dispatcher} routes to them.
 */
public final class CoreEndpoints {
  private record Served(Class<?> iface, Object impl) {}

  /** Fresh implementations: state such as the clock belongs to one kernel. */
  private static List<Served> served(TimeEndpoint clock) {
    return List.of(
      new Served(VMM.class, new VmmEndpoint()), new Served(IO.class, new Object()),
      new Served(Thread.class, new ThreadEndpoint()), new Served(Handle.class, new HandleEndpoint()),
      new Served(Task.class, new TaskEndpoint()), new Served(Sync.class, new SyncEndpoint()),
      new Served(FS.class, new FsEndpoint()), new Served(FSUnsafe.class, new Object()),
      new Served(Time.class, clock), new Served(HAL.class, new Object()),
      new Served(XHCIDBG.class, new Object()), new Served(Audit.class, new AuditEndpoint()),
      new Served(Profiler.class, new ProfilerEndpoint()), new Served(IOMMU.class, new Object()),
      new Served(CM.class, new CmEndpoint()), new Served(PM.class, new Object()),
      new Served(Notice.class, new NoticeEndpoint()), new Served(Hypervisor.class, new Object()),
      new Served(TEE.class, new Object()), new Served(TEEVMM.class, new Object()),
      new Served(IPC.class, new Object()), new Served(CpuFreq.class, new Object()));
  }

  private CoreEndpoints() {}

  /**
   * The dispatcher of every kl.core endpoint; callers' handles are taken in their own handle space.
   * {@code clock} is the kernel's system time, which libkos also reads (KnGetSystemTime).
   */
  public static Dispatcher dispatcher(TimeEndpoint clock) {
    List<Served> served = served(clock);
    Object[] e = new Object[served.size()];
    for (int i = 0; i < e.length; i++) {
      e[i] = Endpoint.of(served.get(i).iface(), served.get(i).impl());
    }
    return new CoreEntity.Dispatcher((VMM) e[0], (IO) e[1], (Thread) e[2], (Handle) e[3], (Task) e[4],
        (Sync) e[5], (FS) e[6], (FSUnsafe) e[7], (Time) e[8], (HAL) e[9], (XHCIDBG) e[10], (Audit) e[11],
        (Profiler) e[12], (IOMMU) e[13], (CM) e[14], (PM) e[15], (Notice) e[16], (Hypervisor) e[17],
        (TEE) e[18], (TEEVMM) e[19], (IPC) e[20], (CpuFreq) e[21]);
  }

  /** "Interface.Method" (IDL names) of every method the model implements: RIID order, then by name. */
  public static List<String> implemented() {
    List<String> out = new ArrayList<>();
    for (Served s : served(new TimeEndpoint())) {
      List<String> names = new ArrayList<>();
      for (Method m : s.iface().getMethods()) {
        if (Endpoint.implementation(s.impl(), m) != null) {
          String idl = m.getName().endsWith("_") ? m.getName().substring(0, m.getName().length() - 1) : m.getName();
          names.add(s.iface().getSimpleName() + "." + Character.toUpperCase(idl.charAt(0)) + idl.substring(1));
        }
      }
      names.sort(null);
      out.addAll(names);
    }
    return out;
  }
}
