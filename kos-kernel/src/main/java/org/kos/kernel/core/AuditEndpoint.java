package org.kos.kernel.core;

import java.util.Arrays;
import kl.core.Audit;
import kl.core.Common;
import org.kos.kernel.audit.KernelLog;
import org.kos.kernel.audit.LogReader;
import org.kos.libkos.Ocap;
import org.kos.nk.HandleDesc;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * kl.core.Audit over the kernel's logs {@code kss} and {@code core}. Read takes the oldest message
 * out of the log (a message goes to one reader only) and does not wait: an empty log answers
 * rcResourceNotFound. Messages longer than {@link Common#DataMax} bytes are cut there.
 */
public final class AuditEndpoint {
  static final int LOG_RIGHTS = Ocap.OCAP_HANDLE_TRANSFER | Ocap.OCAP_HANDLE_GET_SID;

  public Audit.OpenOut open(String name) throws RetcodeException {
    KernelLog log = Callers.kernel().log(name);
    if (log == null) {
      throw new RetcodeException(Retcode.rcResourceNotFound, "no kernel log " + name + " (kss, core)");
    }
    int h = Callers.kernel().handles().install(Callers.process().table(), new LogReader(log), LOG_RIGHTS);
    return new Audit.OpenOut(HandleDesc.of(h, LOG_RIGHTS), Retcode.rcOk);
  }

  public int close(HandleDesc handle) throws RetcodeException {
    reader(handle);
    Callers.kernel().handles().close(Callers.process().table(), handle.getHandle());
    return Retcode.rcOk;
  }

  public Audit.ReadOut read(HandleDesc handle) throws RetcodeException {
    KernelLog log = reader(handle).log();
    KernelLog.Entry e = log.take();
    if (e == null) {
      throw new RetcodeException(Retcode.rcResourceNotFound, "the " + log.name() + " log is empty");
    }
    byte[] m = e.message().length > Common.DataMax ? Arrays.copyOf(e.message(), Common.DataMax) : e.message();
    return new Audit.ReadOut(m, e.dropped(), Retcode.rcOk);
  }

  private static LogReader reader(HandleDesc handle) throws RetcodeException {
    return Callers.kernel().handles().object(Callers.process().table(), handle.getHandle(), LogReader.class, 0);
  }
}
