package org.kos.kernel.task;

import org.kos.kernel.handles.KernelObject;
import org.kos.libkos.ThreadApi;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * A thread of a process as the kernel knows it (thread handles refer to it): its TID, and the
 * scheduling parameters a program sets. The JVM schedules Java threads itself, so priority,
 * scheduler class and affinity are validated and recorded, not enforced. Termination of another
 * thread is cooperative (Java cannot stop a thread from outside): the target is interrupted, which
 * wakes it from a kernel wait, and it ends at its next kernel call by throwing {@link ThreadExit}.
 */
public final class ProcessThread extends KernelObject {
  /** {@code ThreadPriorityLowest}. */
  public static final int PRIORITY_LOWEST = ThreadApi.ThreadPriorityLowest;
  /** {@code ThreadPriorityNormal}. */
  public static final int PRIORITY_NORMAL = ThreadApi.ThreadPriorityNormal;
  /** {@code ThreadPriorityHighest}. */
  public static final int PRIORITY_HIGHEST = ThreadApi.ThreadPriorityHighest;
  /** Scheduler classes (values ours): time sharing (the default), real-time FIFO, real-time round robin. */
  public static final int SCHED_OTHER = ThreadApi.THREAD_SCHED_OTHER;
  public static final int SCHED_FIFO = ThreadApi.THREAD_SCHED_FIFO;
  public static final int SCHED_RR = ThreadApi.THREAD_SCHED_RR;
  /** Processors of the model: the JVM's, at most 64 (one affinity bit each). */
  public static final int CPUS = Math.min(64, Runtime.getRuntime().availableProcessors());
  /** The affinity mask naming every processor, which a new thread gets. */
  public static final long ALL_CPUS = CPUS == 64 ? -1L : (1L << CPUS) - 1;

  /** A thread's scheduler class, priority and class parameter (RR: time slice in microseconds). */
  public record Sched(int policy, int priority, long param) {}

  private final Process process;
  private final int tid;
  private final Thread thread;
  private final long stackSize;
  private Sched sched;
  private long affinity = ALL_CPUS;
  private long tls;
  private boolean suspended;
  private volatile int exitCode;
  private volatile boolean terminating;
  private volatile int terminateCode;

  ProcessThread(Process process, int tid, Thread thread, long stackSize, int priority, boolean suspended) {
    super("thread");
    this.process = process;
    this.tid = tid;
    this.thread = thread;
    this.stackSize = stackSize;
    this.sched = new Sched(SCHED_OTHER, priority, 0);
    this.suspended = suspended;
  }

  public Process process() {
    return process;
  }

  public int tid() {
    return tid;
  }

  public Thread thread() {
    return thread;
  }

  /** The stack size asked for at creation, 0 for the JVM's default. */
  public long stackSize() {
    return stackSize;
  }

  /** The code the thread ended with (0 until then, and when it returned normally). */
  public int exitCode() {
    return exitCode;
  }

  public boolean hasEnded() {
    return thread.getState() == Thread.State.TERMINATED;
  }

  public synchronized int priority() {
    return sched.priority();
  }

  public synchronized Sched sched() {
    return sched;
  }

  public synchronized long affinity() {
    return affinity;
  }

  public synchronized long tls() {
    return tls;
  }

  /** {@code Thread.SetPriority}: 0..31; the scheduler class stays. */
  public void setPriority(int priority) throws RetcodeException {
    checkPriority(priority);
    requireRunning("set the priority");
    synchronized (this) {
      sched = new Sched(sched.policy(), priority, sched.param());
    }
  }

  /** {@code Thread.SetAffinity}: a non-empty set of the model's processors. */
  public void setAffinity(long mask) throws RetcodeException {
    if (mask == 0 || (mask & ~ALL_CPUS) != 0) {
      throw new RetcodeException(Retcode.rcInvalidArgument, String.format(
          "affinity mask 0x%x is empty or names a processor beyond the %d the system has", mask, CPUS));
    }
    requireRunning("set the affinity");
    synchronized (this) {
      affinity = mask;
    }
  }

  /**
   * {@code Thread.SetSchedPolicy}: a known class, a priority 0..31, and the class's parameter
   * (none for OTHER and FIFO: {@code rrParam} false; a positive time slice for RR).
   */
  public void setSched(int policy, int priority, boolean rrParam, long param) throws RetcodeException {
    checkSched(policy, priority, rrParam, param);
    requireRunning("set the scheduler class");
    synchronized (this) {
      sched = new Sched(policy, priority, policy == SCHED_RR ? param : 0);
    }
  }

  /** {@code Thread.SetTls}: the calling thread's TLS base address, recorded for {@code KosThreadTlsGet}. */
  public synchronized void setTls(long va) {
    tls = va;
  }

  /**
   * {@code Thread.Wait}: waits up to {@code msec} ms (negative: without limit, 0: a yield) for the
   * thread to end and returns its exit code; rcTimeout when it still runs.
   */
  public int await(long msec) throws RetcodeException {
    if (thread == Thread.currentThread()) {
      throw new RetcodeException(Retcode.rcInvalidArgument, "thread " + tid + " cannot wait for itself");
    }
    try {
      if (msec < 0) {
        thread.join();
      } else if (msec == 0) {
        Thread.yield();
      } else {
        thread.join(msec);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetcodeException(Retcode.rcIpcInterrupt, "wait for thread " + tid + " interrupted");
    }
    if (!hasEnded()) {
      throw new RetcodeException(Retcode.rcTimeout, "thread " + tid + " still runs after " + msec + " ms");
    }
    return exitCode;
  }

  /**
   * {@code Thread.Terminate}: the calling thread ends at once; another thread is interrupted and
   * ends at its next kernel call (or when it resumes, if suspended).
   */
  public void terminate(int code) throws RetcodeException {
    if (thread == Thread.currentThread()) {
      throw new ThreadExit(code);
    }
    if (hasEnded()) {
      throw new RetcodeException(Retcode.rcInvalidOperation, "thread " + tid + " has already ended");
    }
    terminateCode = code;
    terminating = true;
    synchronized (this) {
      suspended = false;
      notifyAll();
    }
    thread.interrupt();
  }

  /** {@code Thread.Suspend}: the calling thread (this one) waits until another resumes it. */
  public void suspendSelf() throws RetcodeException {
    synchronized (this) {
      suspended = true;
    }
    awaitResume();
  }

  /** Blocks the calling thread (this one) while it is suspended. */
  void awaitResume() throws RetcodeException {
    synchronized (this) {
      try {
        while (suspended) {
          wait();
        }
      } catch (InterruptedException e) {
        suspended = false;
        Thread.currentThread().interrupt();
        unwindIfTerminating();
        throw new RetcodeException(Retcode.rcIpcInterrupt, "suspended thread " + tid + " interrupted");
      }
    }
    unwindIfTerminating();
  }

  /** {@code Thread.Resume}: rcInvalidOperation unless the thread is suspended. */
  public synchronized void resume() throws RetcodeException {
    if (!suspended) {
      throw new RetcodeException(Retcode.rcInvalidOperation, "thread " + tid + " is not suspended");
    }
    suspended = false;
    notifyAll();
  }

  /** Throws {@link ThreadExit} in this (calling) thread if it was terminated. */
  void unwindIfTerminating() {
    if (terminating) {
      throw new ThreadExit(terminateCode);
    }
  }

  void ended(int code) {
    exitCode = code;
  }

  private void requireRunning(String what) throws RetcodeException {
    if (hasEnded() || process.state() == Process.State.EXITED) {
      throw new RetcodeException(Retcode.rcInvalidOperation, "cannot " + what + " of thread " + tid
          + ": it has ended");
    }
  }

  /** Priorities are 0..31 ({@code ThreadPriorityLowest}..{@code ThreadPriorityHighest}). */
  public static void checkPriority(int priority) throws RetcodeException {
    if (priority < PRIORITY_LOWEST || priority > PRIORITY_HIGHEST) {
      throw new RetcodeException(Retcode.rcInvalidArgument, "priority " + Integer.toUnsignedString(priority)
          + " outside 0..31");
    }
  }

  /** Validates a scheduler class, its priority and parameter (see {@link #setSched}). */
  public static void checkSched(int policy, int priority, boolean rrParam, long param) throws RetcodeException {
    checkPriority(priority);
    switch (policy) {
      case SCHED_OTHER, SCHED_FIFO -> {
        if (rrParam) {
          throw new RetcodeException(Retcode.rcInvalidArgument, "scheduler class " + policy
              + " takes no time slice");
        }
      }
      case SCHED_RR -> {
        if (!rrParam || param <= 0) {
          throw new RetcodeException(Retcode.rcInvalidArgument, "round robin needs a positive time slice");
        }
      }
      default -> throw new RetcodeException(Retcode.rcInvalidArgument, "unknown scheduler class "
          + Integer.toUnsignedString(policy));
    }
  }

  @Override
  protected boolean mayBeDestroyed() {
    return hasEnded();
  }

  @Override
  public String toString() {
    return "thread " + tid + " of " + process.name();
  }
}
