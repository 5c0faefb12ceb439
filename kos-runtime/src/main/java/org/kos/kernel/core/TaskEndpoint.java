package org.kos.kernel.core;

import kl.core.Task;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/** kl.core.Task: what the caller may learn about itself. */
public final class TaskEndpoint {
  public Task.GetNameOut getName() throws RetcodeException {
    return new Task.GetNameOut(Callers.process().name(), Retcode.rcOk);
  }

  public Task.GetPathOut getPath() throws RetcodeException {
    return new Task.GetPathOut(Callers.process().path(), Retcode.rcOk);
  }
}
