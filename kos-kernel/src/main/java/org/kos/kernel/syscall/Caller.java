package org.kos.kernel.syscall;

import org.kos.kernel.Kernel;
import org.kos.kernel.handles.HandleTable;
import org.kos.kernel.task.Process;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/** The kernel and process of the calling thread: every system call starts here. */
record Caller(Kernel kernel, Process process) {
  static Caller get() throws RetcodeException {
    Kernel k = Kernel.current();
    Process p = Process.current();
    if (k == null || p == null) {
      throw new RetcodeException(Retcode.rcNotReady,
          "libkos called from thread " + Thread.currentThread().getName() + ", which belongs to no process");
    }
    p.unwindIfTerminated();
    return new Caller(k, p);
  }

  HandleTable table() {
    return process.table();
  }
}
