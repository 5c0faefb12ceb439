package org.kos.kernel.core;

import org.kos.kernel.Kernel;
import org.kos.kernel.task.Process;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/** The process calling a kl.core method: the dispatcher runs in the caller's thread. */
final class Callers {
  private Callers() {}

  static Process process() throws RetcodeException {
    Process p = Process.current();
    if (p == null) {
      throw new RetcodeException(Retcode.rcNotReady, "kl.core called from outside every process");
    }
    p.unwindIfTerminated();
    return p;
  }

  static Kernel kernel() throws RetcodeException {
    Kernel k = Kernel.current();
    if (k == null) {
      throw new RetcodeException(Retcode.rcNotReady, "kl.core called from outside every process");
    }
    return k;
  }
}
