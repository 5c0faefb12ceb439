package org.kos.kernel.task;

import org.kos.kernel.handles.Handles;
import org.kos.kernel.handles.KernelObject;
import org.kos.libkos.TaskApi;

/**
 * A process as a resource handles refer to (task handles). It outlives the process's end so that
 * a holder can still read its pid and exit information; it is destroyed once the process has
 * ended and the last handle to it is gone.
 */
public final class TaskObject extends KernelObject {
  /** The event a task handle's subscribers get when the process ends ({@code OBJECT_EVENT_SPEC(1)}, ours). */
  public static final int EVENT_TASK_COMPLETED = TaskApi.EVENT_TASK_COMPLETED;

  private final Process process;

  TaskObject(Process process) {
    super("task");
    this.process = process;
  }

  public Process process() {
    return process;
  }

  /** Raises {@link #EVENT_TASK_COMPLETED} for good: subscribers, now or later, hear the process ended. */
  public void complete(Handles handles) {
    handles.raiseStanding(this, EVENT_TASK_COMPLETED);
  }

  @Override
  protected boolean mayBeDestroyed() {
    return process.state() == Process.State.EXITED;
  }
}
