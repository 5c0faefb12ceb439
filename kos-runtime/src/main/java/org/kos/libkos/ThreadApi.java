package org.kos.libkos;

import kl.core.Common;
import kl.core.Thread;
import org.kos.kernel.task.ProcessThread;
import org.kos.nk.HandleDesc;
import org.kos.rc.RetcodeException;

/**
 * {@code coresrv/thread/thread_api.h} and {@code kos/thread.h}: threads of the calling process and
 * thread handles. Scheduling parameters are validated and recorded (the JVM schedules the
 * threads); terminating another thread is cooperative: it ends at its next kernel call. Failures
 * are thrown as {@link RetcodeException}.
 */
public final class ThreadApi {
  public static final int ThreadPriorityLowest = ProcessThread.PRIORITY_LOWEST;
  public static final int ThreadPriorityNormal = ProcessThread.PRIORITY_NORMAL;
  public static final int ThreadPriorityHighest = ProcessThread.PRIORITY_HIGHEST;
  /** Scheduler classes (values ours): time sharing (default), real-time FIFO, real-time round robin. */
  public static final int THREAD_SCHED_OTHER = ProcessThread.SCHED_OTHER;
  public static final int THREAD_SCHED_FIFO = ProcessThread.SCHED_FIFO;
  public static final int THREAD_SCHED_RR = ProcessThread.SCHED_RR;

  /** A thread created by {@link #KnThreadCreate}: its handle (OCAP_THREAD_FULL) and TID. */
  public record CreatedThread(int handle, int tid) {}

  /** A thread's scheduler class, priority and class parameter. */
  public record SchedPolicy(int policy, int priority, Common.SchedParam param) {}

  private ThreadApi() {}

  /**
   * {@code KnThreadCreate}: a thread of the calling process running {@code routine} with
   * {@code priority} (0..31) and {@code stackSize} bytes of stack (0: the default); a suspended
   * one waits for {@link #KnThreadResume}.
   */
  public static CreatedThread KnThreadCreate(int priority, long stackSize, Runnable routine, boolean suspended)
      throws RetcodeException {
    Caller c = Caller.get();
    ProcessThread t = c.process().createThread(routine, priority, stackSize, suspended);
    int h = c.kernel().handles().install(c.table(), t, Ocap.OCAP_THREAD_FULL);
    return new CreatedThread(h, t.tid());
  }

  /** {@code KnThreadOpenCurrent}: a handle (OCAP_THREAD_FULL) to the calling thread. */
  public static int KnThreadOpenCurrent() throws RetcodeException {
    Thread.OpenCurrentOut o = CoreCalls.call("KnThreadOpenCurrent", () -> CoreCalls.thread().openCurrent());
    CoreCalls.check(o.rc(), "KnThreadOpenCurrent");
    return o.thread().getHandle();
  }

  /** {@code KosThreadCurrentId}: the calling thread's TID. */
  public static int KosThreadCurrentId() throws RetcodeException {
    return Caller.get().process().currentThread().tid();
  }

  /** {@code KnThreadSuspend}: the calling thread waits until another resumes it. */
  public static void KnThreadSuspend() throws RetcodeException {
    CoreCalls.run("KnThreadSuspend", () -> CoreCalls.thread().suspend());
  }

  /** {@code KnThreadResume}: rcInvalidOperation unless the thread is suspended. */
  public static void KnThreadResume(int thread) throws RetcodeException {
    CoreCalls.run("KnThreadResume", () -> CoreCalls.thread().resume(HandleDesc.of(thread)));
  }

  /** {@code KnThreadTerminate}: the calling thread ends at once, another at its next kernel call. */
  public static void KnThreadTerminate(int thread, int code) throws RetcodeException {
    CoreCalls.run("KnThreadTerminate", () -> CoreCalls.thread().terminate(HandleDesc.of(thread), code));
  }

  /** {@code KnThreadExit}: ends the calling thread with {@code code}; never returns. */
  public static void KnThreadExit(int code) throws RetcodeException {
    CoreCalls.run("KnThreadExit", () -> CoreCalls.thread().exit(code));
  }

  /**
   * {@code KnThreadWait}: waits up to {@code msec} ms (negative: without limit) for the thread to
   * end and returns its exit code; rcTimeout when it still runs.
   */
  public static int KnThreadWait(int thread, long msec) throws RetcodeException {
    Thread.WaitOut o = CoreCalls.call("KnThreadWait", () -> CoreCalls.thread().wait_(HandleDesc.of(thread), msec));
    CoreCalls.check(o.rc(), "KnThreadWait");
    return o.code();
  }

  /** {@code KnThreadSetPriority}: 0..31. */
  public static void KnThreadSetPriority(int thread, int priority) throws RetcodeException {
    CoreCalls.run("KnThreadSetPriority", () -> CoreCalls.thread().setPriority(HandleDesc.of(thread), priority));
  }

  /** {@code KnThreadGetInfo}: stack base (0: a Java stack has no address), stack size, TID. */
  public static Thread.ThreadInfo KnThreadGetInfo(int thread) throws RetcodeException {
    Thread.GetInfoOut o = CoreCalls.call("KnThreadGetInfo", () -> CoreCalls.thread().getInfo(HandleDesc.of(thread)));
    CoreCalls.check(o.rc(), "KnThreadGetInfo");
    return o.info();
  }

  /** {@code KnThreadGetAffinity}: one bit per processor. */
  public static long KnThreadGetAffinity(int thread) throws RetcodeException {
    Thread.GetAffinityOut o = CoreCalls.call("KnThreadGetAffinity",
        () -> CoreCalls.thread().getAffinity(HandleDesc.of(thread)));
    CoreCalls.check(o.rc(), "KnThreadGetAffinity");
    return o.mask();
  }

  /** {@code KnThreadSetAffinity}: a non-empty set of existing processors, recorded. */
  public static void KnThreadSetAffinity(int thread, long mask) throws RetcodeException {
    CoreCalls.run("KnThreadSetAffinity", () -> CoreCalls.thread().setAffinity(HandleDesc.of(thread), mask));
  }

  /** {@code KnThreadSetSchedPolicy}: RR takes a positive time slice, the others {@code Fifo(0)}. */
  public static void KnThreadSetSchedPolicy(int thread, int policy, int priority, Common.SchedParam param)
      throws RetcodeException {
    CoreCalls.run("KnThreadSetSchedPolicy",
        () -> CoreCalls.thread().setSchedPolicy(HandleDesc.of(thread), policy, priority, param));
  }

  /** {@code KnThreadGetSchedPolicy}. */
  public static SchedPolicy KnThreadGetSchedPolicy(int thread) throws RetcodeException {
    Thread.GetSchedPolicyOut o = CoreCalls.call("KnThreadGetSchedPolicy",
        () -> CoreCalls.thread().getSchedPolicy(HandleDesc.of(thread)));
    CoreCalls.check(o.rc(), "KnThreadGetSchedPolicy");
    return new SchedPolicy(o.policy(), o.priority(), o.param());
  }

  /** {@code KnThreadSetTls} / {@code KosThreadTlsSet}: the calling thread's TLS address, recorded. */
  public static void KnThreadSetTls(long va) throws RetcodeException {
    CoreCalls.run("KnThreadSetTls", () -> CoreCalls.thread().setTls(va));
  }

  /** {@code KosThreadTlsGet}: what {@link #KnThreadSetTls} recorded, 0 for none. */
  public static long KosThreadTlsGet() throws RetcodeException {
    return Caller.get().process().currentThread().tls();
  }
}
