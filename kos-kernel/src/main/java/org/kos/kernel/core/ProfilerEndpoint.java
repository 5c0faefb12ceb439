package org.kos.kernel.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import kl.core.Profiler;
import org.kos.kernel.Kernel;
import org.kos.kernel.handles.KernelObject;
import org.kos.kernel.handles.UserObject;
import org.kos.kernel.task.Process;
import org.kos.nk.HandleDesc;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * kl.core.Profiler's statistics: GetCounters reads the kernel's counters by name ({@code prefix}
 * followed by each name), ObjectGetStat the counters of the resource behind a handle. There is
 * no code to cover or sample in a model, so coverage, sampling and kcov stay rcUnimplemented.
 */
public final class ProfilerEndpoint {
  /** The counters and how each is read from the kernel. */
  static final Map<String, ToLongFunction<Kernel>> COUNTERS = counters();

  private static Map<String, ToLongFunction<Kernel>> counters() {
    Map<String, ToLongFunction<Kernel>> c = new LinkedHashMap<>();
    c.put("task.created", k -> k.processes().size());
    c.put("task.running", k -> k.processes().stream().filter(p -> p.state() == Process.State.RUNNING).count());
    c.put("task.exited", k -> k.processes().stream().filter(p -> p.state() == Process.State.EXITED).count());
    c.put("handle.count", k -> k.processes().stream().filter(p -> p.state() != Process.State.EXITED)
        .mapToLong(p -> k.handles().count(p.table())).sum());
    c.put("ipc.requests", k -> k.ipc().requests());
    c.put("ipc.responses", k -> k.ipc().responses());
    c.put("ipc.denied", k -> k.monitor().denied());
    return Map.copyOf(c);
  }

  /** The counters of one resource and how each is read; "type" only for user objects. */
  static final Map<String, ToLongFunction<KernelObject>> OBJECT_COUNTERS = Map.of(
      "handles", o -> o.liveHandles(),
      "sid", o -> o.sid(),
      "entries", o -> o.subscriptionCount());

  /**
   * The counters of the resource behind {@code handle} (any usable handle, no right needed): one
   * value per name, in order; rcResourceNotFound (and no values) when a name is unknown or, like
   * "type" for a kernel object, does not apply.
   */
  public Profiler.ObjectGetStatOut objectGetStat(HandleDesc handle, List<String> names) throws RetcodeException {
    Kernel k = Callers.kernel();
    long[] values = new long[names.size()];
    // Read under the handle lock so that the values are one consistent view.
    k.handles().inspect(Callers.process().table(), handle.getHandle(), o -> {
      for (int i = 0; i < values.length; i++) {
        String name = names.get(i);
        ToLongFunction<KernelObject> counter = OBJECT_COUNTERS.get(name);
        if (counter != null) {
          values[i] = counter.applyAsLong(o);
        } else if (name.equals("type") && o instanceof UserObject u) {
          values[i] = u.type();
        } else {
          throw new RetcodeException(Retcode.rcResourceNotFound, "no counter " + name + " for a " + o.kind());
        }
      }
    });
    return new Profiler.ObjectGetStatOut(values, Retcode.rcOk);
  }

  /** One value per name, in order; rcResourceNotFound (and no values) when a name is unknown. */
  public Profiler.GetCountersOut getCounters(String prefix, List<String> names) throws RetcodeException {
    Kernel k = Callers.kernel();
    long[] values = new long[names.size()];
    for (int i = 0; i < values.length; i++) {
      ToLongFunction<Kernel> counter = COUNTERS.get(prefix + names.get(i));
      if (counter == null) {
        throw new RetcodeException(Retcode.rcResourceNotFound, "no counter " + prefix + names.get(i));
      }
      values[i] = counter.applyAsLong(k);
    }
    return new Profiler.GetCountersOut(values, Retcode.rcOk);
  }
}
