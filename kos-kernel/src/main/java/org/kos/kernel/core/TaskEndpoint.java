package org.kos.kernel.core;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kl.core.Common;
import kl.core.Task;
import org.kos.kernel.Kernel;
import org.kos.kernel.notice.NoticeReceiver;
import org.kos.kernel.task.ExitInfo;
import org.kos.kernel.task.Process;
import org.kos.kernel.task.ProcessExit;
import org.kos.kernel.task.ProcessThread;
import org.kos.kernel.task.TaskObject;
import org.kos.libkos.EntityInfo;
import org.kos.libkos.Ocap;
import org.kos.nk.HandleDesc;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * kl.core.Task: the calling process, and other processes through task handles. Methods that need
 * code addresses or ELF images (LoadSeg, SetEntry, LoadElf*, GetElfSyms, GetThreadContext,
 * GetNextVmRegion), empty processes (VmReserve, VmFree), freezing or ASLR are not served: a
 * program here is Java code, not an image in process memory.
 */
public final class TaskEndpoint {
  public Task.GetNameOut getName() throws RetcodeException {
    return new Task.GetNameOut(Callers.process().name(), Retcode.rcOk);
  }

  public Task.GetPathOut getPath() throws RetcodeException {
    return new Task.GetPathOut(Callers.process().path(), Retcode.rcOk);
  }

  /**
   * A stopped process of class {@code eiid} running the boot image's {@code path}, named
   * {@code name} (empty: the class name); no flags are defined. The caller gets OCAP_TASK_FULL.
   */
  public Task.CreateOut create(String name, String eiid, String path, long stackSize, int priority, int flags)
      throws RetcodeException {
    if (flags != 0) {
      throw new RetcodeException(Retcode.rcInvalidArgument, "Task.Create defines no flags, got 0x"
          + Integer.toHexString(flags));
    }
    if (eiid.isEmpty()) {
      throw new RetcodeException(Retcode.rcInvalidArgument, "Task.Create needs a process class");
    }
    ProcessThread.checkPriority(priority);
    Kernel k = Callers.kernel();
    Process caller = Callers.process();
    Process child = k.createProcess(EntityInfo.of(eiid), name.isEmpty() ? null : name, path.isEmpty() ? null : path);
    child.setInitialSched(ProcessThread.SCHED_OTHER, priority, false, 0);
    child.setDefaultStackSize(stackSize);
    int h = k.handles().install(caller.table(), child.taskObject(), Ocap.OCAP_TASK_FULL);
    return new Task.CreateOut(HandleDesc.of(h, Ocap.OCAP_TASK_FULL), Retcode.rcOk);
  }

  public int resume(HandleDesc task) throws RetcodeException {
    Callers.kernel().start(Callers.process(), target(task, Ocap.OCAP_TASK_RESUME));
    return Retcode.rcOk;
  }

  public int exit(int status) throws RetcodeException {
    Callers.process();
    throw new ProcessExit(status);
  }

  public int terminate(HandleDesc task) throws RetcodeException {
    Process by = Callers.process();
    target(task, Ocap.OCAP_TASK_TERMINATE).terminate(by);
    return Retcode.rcOk;
  }

  public Task.GetPidOut getPid(HandleDesc task) throws RetcodeException {
    return new Task.GetPidOut(target(task, 0).pid(), Retcode.rcOk);
  }

  /** ExitStatusRunning while the process has not ended, else how it ended. */
  public Task.GetExitInfoOut getExitInfo(HandleDesc task) throws RetcodeException {
    Process p = target(task, 0);
    ExitInfo e = p.exitInfo();
    if (e == null) {
      return new Task.GetExitInfoOut(Task.ExitStatusRunning, new Task.ExitInfo.ExitCode(0), Retcode.rcOk);
    }
    return switch (e.reason()) {
      case EXITED -> new Task.GetExitInfoOut(Task.ExitStatusExited, new Task.ExitInfo.ExitCode(e.status()),
          Retcode.rcOk);
      case TERMINATED -> new Task.GetExitInfoOut(Task.ExitStatusTerminated,
          new Task.ExitInfo.TerminatedBy(p.terminatedBy()), Retcode.rcOk);
      case UNCAUGHT_EXCEPTION -> new Task.GetExitInfoOut(Task.ExitStatusException,
          new Task.ExitInfo.Exception(truncate(e.detail(), Common.NameMax)), Retcode.rcOk);
    };
  }

  public Task.GetInitialThreadPriorityOut getInitialThreadPriority(HandleDesc task) throws RetcodeException {
    return new Task.GetInitialThreadPriorityOut(target(task, 0).initialSched().priority(), Retcode.rcOk);
  }

  /** Kept with the scheduler class; the main thread gets it when the process starts. */
  public int setInitialThreadPriority(HandleDesc task, int priority) throws RetcodeException {
    Process p = target(task, Ocap.OCAP_TASK_SET_PARAMS);
    ProcessThread.Sched s = p.initialSched();
    p.setInitialSched(s.policy(), priority, s.policy() == ProcessThread.SCHED_RR, s.param());
    return Retcode.rcOk;
  }

  public int setInitialThreadSchedPolicy(HandleDesc task, int policy, int priority, Common.SchedParam params)
      throws RetcodeException {
    Process p = target(task, Ocap.OCAP_TASK_SET_PARAMS);
    boolean rr = params instanceof Common.SchedParam.RrQuantumUs;
    long value = rr ? ((Common.SchedParam.RrQuantumUs) params).value() : 0;
    p.setInitialSched(policy, priority, rr, value);
    return Retcode.rcOk;
  }

  /**
   * The live processes (names NUL-terminated in {@code strings}, pids in the same order) and a new
   * notification receiver that gets EVENT_TASK_COMPLETED with the pid as event id when each ends.
   */
  public Task.GetTasksListOut getTasksList() throws RetcodeException {
    Kernel k = Callers.kernel();
    Process caller = Callers.process();
    List<Process> live = new ArrayList<>();
    ByteArrayOutputStream names = new ByteArrayOutputStream();
    for (Process p : k.processes()) {
      if (p.state() == Process.State.EXITED) {
        continue;
      }
      byte[] name = (p.name() + "\0").getBytes(StandardCharsets.UTF_8);
      if (live.size() == Task.TasksMax || names.size() + name.length > Common.DataMax) {
        throw new RetcodeException(Retcode.rcBufferTooSmall, "more processes than one Task.GetTasksList carries");
      }
      live.add(p);
      names.writeBytes(name);
    }
    NoticeReceiver receiver = new NoticeReceiver();
    int h = k.handles().install(caller.table(), receiver, Ocap.OCAP_NOTICE_FULL);
    long[] pids = new long[live.size()];
    for (int i = 0; i < pids.length; i++) {
      Process p = live.get(i);
      pids[i] = p.pid();
      k.handles().subscribeKernel(p.taskObject(), receiver, TaskObject.EVENT_TASK_COMPLETED, p.pid());
    }
    return new Task.GetTasksListOut(HandleDesc.of(h, Ocap.OCAP_NOTICE_FULL), names.toByteArray(), pids, Retcode.rcOk);
  }

  /** A descendant of {@code srcHandle} (rights {@code dstRights}, never raised) in a stopped process. */
  public Task.TransferHandleOut transferHandle(HandleDesc task, HandleDesc srcHandle, HandleDesc srcBadge,
      int dstRights) throws RetcodeException {
    Kernel k = Callers.kernel();
    Process caller = Callers.process();
    Process p = target(task, Ocap.OCAP_TASK_TRANSFER_HANDLE);
    p.requireStopped("transfer a handle");
    int badge = srcBadge.isValid() ? srcBadge.getHandle() : HandleDesc.NO_BADGE;
    HandleDesc[] moved = k.handles().translate(caller.table(),
        new HandleDesc[] {new HandleDesc(srcHandle.getHandle(), dstRights, badge, 0)}, p.table());
    return new Task.TransferHandleOut(moved[0].getHandle(), Retcode.rcOk);
  }

  /** The environment of a stopped process: NUL-separated "NAME=VALUE" entries in UTF-8. */
  public int setEnv(HandleDesc task, byte[] env) throws RetcodeException {
    Process p = target(task, Ocap.OCAP_TASK_SET_PARAMS);
    List<String> entries = new ArrayList<>();
    for (String e : new String(env, StandardCharsets.UTF_8).split("\0")) {
      if (!e.isEmpty()) {
        entries.add(e);
      }
    }
    p.setEnv(entries);
    return Retcode.rcOk;
  }

  public int freeSelfEnv() throws RetcodeException {
    Callers.process().freeEnv();
    return Retcode.rcOk;
  }

  private static Process target(HandleDesc task, int rights) throws RetcodeException {
    return Callers.kernel().handles().object(Callers.process().table(), task.getHandle(), TaskObject.class, rights)
        .process();
  }

  /** {@code s} cut to at most {@code max} UTF-8 bytes, never inside a character. */
  static String truncate(String s, int max) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (b.length <= max) {
      return s;
    }
    int end = max;
    while (end > 0 && (b[end] & 0xC0) == 0x80) {
      end--;
    }
    return new String(b, 0, end, StandardCharsets.UTF_8);
  }
}
