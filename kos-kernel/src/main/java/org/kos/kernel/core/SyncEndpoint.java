package org.kos.kernel.core;

import kl.core.Sync;
import org.kos.kernel.task.Process;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * kl.core.Sync: futexes on 32-bit words of the caller's memory ({@link org.kos.kernel.sync.Futexes}).
 * {@code delay} is in milliseconds, negative for ever.
 */
public final class SyncEndpoint {
  public Sync.WaitOut wait_(long ptr, int val, long delay) throws RetcodeException {
    Process p = Callers.process();
    return new Sync.WaitOut(Callers.kernel().futexes().await(p.memory(), ptr, val, delay), Retcode.rcOk);
  }

  public Sync.WakeOut wake(long ptr, int nThreads) throws RetcodeException {
    Process p = Callers.process();
    return new Sync.WakeOut(Callers.kernel().futexes().wake(p.memory(), ptr, nThreads), Retcode.rcOk);
  }
}
