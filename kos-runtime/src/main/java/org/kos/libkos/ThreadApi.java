package org.kos.libkos;

import kl.core.Common;
import kl.core.Thread;
import java.util.concurrent.ThreadFactory;
import org.kos.libkos.spi.KernelLink;
import org.kos.nk.HandleDesc;
import org.kos.rc.RetcodeException;

/**
 * {@code coresrv/thread/thread_api.h} and {@code kos/thread.h}: threads of the calling process and
 * thread handles. Scheduling parameters are validated and recorded (the JVM schedules the
 * threads); terminating another thread is cooperative: it ends at its next kernel call. Failures
 * are thrown as {@link RetcodeException}.
 */
public final class ThreadApi {
  public static final int ThreadPriorityLowest = 0;
  public static final int ThreadPriorityNormal = 15;
  public static final int ThreadPriorityHighest = 31;
  /** Scheduler classes (values ours): time sharing (default), real-time FIFO, real-time round robin. */
  public static final int THREAD_SCHED_OTHER = 0;
  public static final int THREAD_SCHED_FIFO = 1;
  public static final int THREAD_SCHED_RR = 2;

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
    return KernelLink.get().threadCreate(priority, stackSize, routine, suspended);
  }

  /** {@code KnThreadOpenCurrent}: a handle (OCAP_THREAD_FULL) to the calling thread. */
  public static int KnThreadOpenCurrent() throws RetcodeException {
    Thread.OpenCurrentOut o = CoreCalls.call("KnThreadOpenCurrent", () -> CoreCalls.thread().openCurrent());
    CoreCalls.check(o.rc(), "KnThreadOpenCurrent");
    return o.thread().getHandle();
  }

  /** {@code KosThreadCurrentId}: the calling thread's TID. */
  public static int KosThreadCurrentId() throws RetcodeException {
    return KernelLink.get().threadCurrentId();
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
    return KernelLink.get().threadTlsGet();
  }

  /**
   * {@code Thread.start()} as a program calls it: the kernel's program loader rewrites every
   * {@code start()} of a {@code java.lang.Thread} in a program into this call, which counts the
   * thread against the process's thread quota and fails with rcQuotaExceeded (the thread not
   * started) when the process already has its quota's worth of live threads.
   */
  public static void start(java.lang.Thread thread) throws RetcodeException {
    KernelLink.get().threadStart(thread);
  }

  /**
   * The thread factory the program loader gives the {@code java.util.concurrent.Executors} a
   * program makes without one: its threads belong to the calling process and count against the
   * same quota (past it the factory makes no thread and the executor refuses the task).
   */
  public static ThreadFactory threadFactory() throws RetcodeException {
    return KernelLink.get().threadFactory();
  }
}
