package org.kos.libkos;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kl.core.Common;
import kl.core.Task;
import org.kos.libkos.spi.KernelLink;
import org.kos.nk.HandleDesc;
import org.kos.rc.RetcodeException;

/**
 * The calling process (name, arguments, environment, threads, exit) and other processes through
 * task handles ({@code coresrv/task/task_api.h}); the task-handle functions wrap kl.core.Task.
 */
public final class TaskApi {
  /** The event a task handle's subscribers get when the process ends ({@code OBJECT_EVENT_SPEC(1)}, ours). */
  public static final int EVENT_TASK_COMPLETED = 1 << 8;

  /** How a process ended ({@code Task.ExitStatus*}); {@code info} follows the status. */
  public record ExitStatus(int status, Task.ExitInfo info) {}

  /** The live processes: names and pids in pid order, and a receiver told when each ends. */
  public record TasksList(int notice, List<String> names, List<Long> pids) {}

  private TaskApi() {}

  /**
   * {@code KnTaskCreate}: a stopped process {@code name} (null: the class name) of class
   * {@code eiid} running the image's {@code path}; returns its handle (OCAP_TASK_FULL).
   */
  public static int KnTaskCreate(String name, String eiid, String path, int priority) throws RetcodeException {
    Task.CreateOut o = CoreCalls.call("KnTaskCreate", () -> CoreCalls.task().create(name == null ? "" : name, eiid,
        path == null ? "" : path, 0, priority, 0));
    CoreCalls.check(o.rc(), "KnTaskCreate");
    return o.child().getHandle();
  }

  /** {@code KnTaskResume}: starts a stopped process. */
  public static void KnTaskResume(int task) throws RetcodeException {
    CoreCalls.run("KnTaskResume", () -> CoreCalls.task().resume(HandleDesc.of(task)));
  }

  /** {@code KnTaskTerminate}: ends the process as an uncaught exception would. */
  public static void KnTaskTerminate(int task) throws RetcodeException {
    CoreCalls.run("KnTaskTerminate", () -> CoreCalls.task().terminate(HandleDesc.of(task)));
  }

  /** {@code KnTaskGetPid}. */
  public static long KnTaskGetPid(int task) throws RetcodeException {
    Task.GetPidOut o = CoreCalls.call("KnTaskGetPid", () -> CoreCalls.task().getPid(HandleDesc.of(task)));
    CoreCalls.check(o.rc(), "KnTaskGetPid");
    return o.pid();
  }

  /** {@code KnTaskGetExitInfo}: {@code Task.ExitStatusRunning} while the process has not ended. */
  public static ExitStatus KnTaskGetExitInfo(int task) throws RetcodeException {
    Task.GetExitInfoOut o = CoreCalls.call("KnTaskGetExitInfo", () -> CoreCalls.task().getExitInfo(HandleDesc.of(task)));
    CoreCalls.check(o.rc(), "KnTaskGetExitInfo");
    return new ExitStatus(o.status(), o.info());
  }

  /** {@code KnTaskGetInitialThreadPriority}. */
  public static int KnTaskGetInitialThreadPriority(int task) throws RetcodeException {
    Task.GetInitialThreadPriorityOut o = CoreCalls.call("KnTaskGetInitialThreadPriority",
        () -> CoreCalls.task().getInitialThreadPriority(HandleDesc.of(task)));
    CoreCalls.check(o.rc(), "KnTaskGetInitialThreadPriority");
    return o.priority();
  }

  /** {@code KnTaskSetInitialThreadPriority}: 0..31, for a process not yet started. */
  public static void KnTaskSetInitialThreadPriority(int task, int priority) throws RetcodeException {
    CoreCalls.run("KnTaskSetInitialThreadPriority",
        () -> CoreCalls.task().setInitialThreadPriority(HandleDesc.of(task), priority));
  }

  /** {@code KnTaskSetInitialThreadSchedPolicy}: as {@code KnThreadSetSchedPolicy}, for a process not yet started. */
  public static void KnTaskSetInitialThreadSchedPolicy(int task, int policy, int priority, Common.SchedParam params)
      throws RetcodeException {
    CoreCalls.run("KnTaskSetInitialThreadSchedPolicy",
        () -> CoreCalls.task().setInitialThreadSchedPolicy(HandleDesc.of(task), policy, priority, params));
  }

  /** {@code KnTaskGetTasksList}. */
  public static TasksList KnTaskGetTasksList() throws RetcodeException {
    Task.GetTasksListOut o = CoreCalls.call("KnTaskGetTasksList", () -> CoreCalls.task().getTasksList());
    CoreCalls.check(o.rc(), "KnTaskGetTasksList");
    List<String> names = new ArrayList<>();
    for (String n : new String(o.strings(), StandardCharsets.UTF_8).split("\0")) {
      names.add(n);
    }
    List<Long> pids = new ArrayList<>();
    for (long p : o.pids()) {
      pids.add(p);
    }
    return new TasksList(o.notice().getHandle(), List.copyOf(names), List.copyOf(pids));
  }

  /**
   * {@code KnTaskTransferHandle}: a descendant of {@code handle} with {@code rights} (and the
   * transfer context {@code badge}, or {@code INVALID_HANDLE}) in a process not yet started;
   * returns its value there.
   */
  public static int KnTaskTransferHandle(int task, int handle, int badge, int rights) throws RetcodeException {
    Task.TransferHandleOut o = CoreCalls.call("KnTaskTransferHandle", () -> CoreCalls.task().transferHandle(
        HandleDesc.of(task), HandleDesc.of(handle), HandleDesc.of(badge), rights));
    CoreCalls.check(o.rc(), "KnTaskTransferHandle");
    return o.dstHandle();
  }

  /** {@code KnTaskSetEnv}: the environment ("NAME=VALUE" entries) of a process not yet started. */
  public static void KnTaskSetEnv(int task, String... entries) throws RetcodeException {
    byte[] env = (String.join("\0", entries) + "\0").getBytes(StandardCharsets.UTF_8);
    CoreCalls.run("KnTaskSetEnv", () -> CoreCalls.task().setEnv(HandleDesc.of(task), env));
  }

  /** {@code KnTaskFreeSelfEnv}: drops the calling process's environment. */
  public static void KnTaskFreeSelfEnv() throws RetcodeException {
    CoreCalls.run("KnTaskFreeSelfEnv", () -> CoreCalls.task().freeSelfEnv());
  }

  /** The process name (the task name Einit gave it). */
  public static String KnTaskGetName() throws RetcodeException {
    return KernelLink.get().taskName();
  }

  /** argv, argv[0] (the executable path) first. */
  public static List<String> argv() throws RetcodeException {
    return KernelLink.get().taskArgs();
  }

  /** The environment set by EntitySetEnv ({@code getenv} reads it, not the JVM's). */
  public static Map<String, String> environ() throws RetcodeException {
    return KernelLink.get().taskEnv();
  }

  /** {@code getenv}: a variable of the process environment, or null. */
  public static String getenv(String name) throws RetcodeException {
    return environ().get(name);
  }

  /** {@code KosThreadCreate}: a started thread of the calling process running {@code body}. */
  public static Thread KosThreadCreate(Runnable body, String name) throws RetcodeException {
    Thread t = KernelLink.get().taskNewThread(body, name);
    KernelLink.get().threadStart(t);
    return t;
  }

  /** {@code KnTaskExit}: ends the calling process with {@code status}; never returns. */
  public static void KnTaskExit(int status) throws RetcodeException {
    KernelLink.get().taskExit(status);
    throw new IllegalStateException("KnTaskExit returned");
  }
}
