package org.kos.kernel.task;

/**
 * How a process ended: normally with a status, from an uncaught exception (status 1 and the
 * exception in {@code detail}), or terminated by someone else.
 */
public record ExitInfo(Reason reason, int status, String detail) {
  public enum Reason {
    /** {@code main} returned or the program called exit. */
    EXITED,
    /** A thread of the process threw an exception nobody caught. */
    UNCAUGHT_EXCEPTION,
    /** Another process (or the kernel's shutdown) ended it. */
    TERMINATED
  }

  static ExitInfo exited(int status) {
    return new ExitInfo(Reason.EXITED, status, "");
  }

  static ExitInfo crashed(Thread thread, Throwable t) {
    return new ExitInfo(Reason.UNCAUGHT_EXCEPTION, 1, "in thread " + thread.getName() + ": " + t);
  }

  static ExitInfo terminated(String by) {
    return new ExitInfo(Reason.TERMINATED, -1, "terminated by " + by);
  }
}
