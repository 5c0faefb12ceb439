package org.kos.kernel.audit;

import org.kos.kernel.handles.KernelObject;

/** A kernel log opened by {@code Audit.Open}: what the handle it returns refers to. */
public final class LogReader extends KernelObject {
  private final KernelLog log;

  public LogReader(KernelLog log) {
    super("kernel log");
    this.log = log;
  }

  public KernelLog log() {
    return log;
  }
}
