package org.kos.kernel.core;

import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/** kl.core.Thread: sleeping. */
public final class ThreadEndpoint {
  public int sleep(int mdelay) throws RetcodeException {
    try {
      java.lang.Thread.sleep(Integer.toUnsignedLong(mdelay));
    } catch (InterruptedException e) {
      java.lang.Thread.currentThread().interrupt();
      throw new RetcodeException(Retcode.rcIpcInterrupt, "sleep interrupted");
    }
    return Retcode.rcOk;
  }
}
