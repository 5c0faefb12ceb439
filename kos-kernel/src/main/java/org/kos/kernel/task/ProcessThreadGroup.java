package org.kos.kernel.task;

/**
 * The thread group of a process: every thread a program starts joins it (Java threads inherit
 * their creator's group), which tells the kernel whose thread is calling, lets it interrupt them
 * all when the process ends, and turns an uncaught exception into the end of the process.
 */
final class ProcessThreadGroup extends ThreadGroup {
  final Process process;

  ProcessThreadGroup(ThreadGroup parent, Process process) {
    super(parent, "process " + process.name());
    this.process = process;
    setDaemon(false);
  }

  @Override
  public void uncaughtException(Thread t, Throwable e) {
    if (e instanceof ThreadExit exit) {
      ProcessThread r = process.recordOf(t);
      if (r != null) {
        r.ended(exit.code);
      }
    } else if (e instanceof ProcessExit exit) {
      process.exit(ExitInfo.exited(exit.status));
    } else {
      process.crashed(t, e);
    }
  }
}
