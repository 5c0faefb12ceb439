package org.kos.kernel.core;

import kl.core.Common;
import kl.core.Thread;
import org.kos.kernel.task.ProcessThread;
import org.kos.kernel.task.ThreadExit;
import org.kos.libkos.Ocap;
import org.kos.nk.HandleDesc;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * kl.core.Thread: thread handles of the caller's threads, waiting, termination, suspension and
 * recorded scheduling parameters ({@link ProcessThread}). Create runs code at an address, which a
 * Java program does not have (libkos {@code KnThreadCreate} takes a Runnable instead); DetachIrq
 * needs interrupts: both answer rcUnimplemented.
 */
public final class ThreadEndpoint {
  public int sleep(int mdelay) throws RetcodeException {
    try {
      java.lang.Thread.sleep(Integer.toUnsignedLong(mdelay));
    } catch (InterruptedException e) {
      java.lang.Thread.currentThread().interrupt();
      throw new RetcodeException(Retcode.rcIpcInterrupt, "sleep interrupted");
    }
    return Retcode.rcOk;
  }

  public Thread.OpenCurrentOut openCurrent() throws RetcodeException {
    ProcessThread t = Callers.process().currentThread();
    int h = Callers.kernel().handles().install(Callers.process().table(), t, Ocap.OCAP_THREAD_FULL);
    return new Thread.OpenCurrentOut(HandleDesc.of(h, Ocap.OCAP_THREAD_FULL), Retcode.rcOk);
  }

  public int suspend() throws RetcodeException {
    Callers.process().currentThread().suspendSelf();
    return Retcode.rcOk;
  }

  public int resume(HandleDesc thread) throws RetcodeException {
    target(thread, Ocap.OCAP_THREAD_RESUME).resume();
    return Retcode.rcOk;
  }

  public int terminate(HandleDesc thread, int code) throws RetcodeException {
    target(thread, Ocap.OCAP_THREAD_TERMINATE).terminate(code);
    return Retcode.rcOk;
  }

  public int exit(int code) throws RetcodeException {
    Callers.process();
    throw new ThreadExit(code);
  }

  public Thread.WaitOut wait_(HandleDesc thread, long msec) throws RetcodeException {
    return new Thread.WaitOut(target(thread, 0).await(msec), Retcode.rcOk);
  }

  public int setPriority(HandleDesc thread, int priority) throws RetcodeException {
    target(thread, Ocap.OCAP_THREAD_SET_PARAMS).setPriority(priority);
    return Retcode.rcOk;
  }

  public int setTls(long va) throws RetcodeException {
    Callers.process().currentThread().setTls(va);
    return Retcode.rcOk;
  }

  /** A Java stack has no address: the base is 0, the size the one asked for at creation (0: default). */
  public Thread.GetInfoOut getInfo(HandleDesc thread) throws RetcodeException {
    ProcessThread t = target(thread, 0);
    return new Thread.GetInfoOut(new Thread.ThreadInfo(0, t.stackSize(), t.tid()), Retcode.rcOk);
  }

  public Thread.GetAffinityOut getAffinity(HandleDesc thread) throws RetcodeException {
    return new Thread.GetAffinityOut(target(thread, 0).affinity(), Retcode.rcOk);
  }

  public int setAffinity(HandleDesc thread, long mask) throws RetcodeException {
    target(thread, Ocap.OCAP_THREAD_SET_PARAMS).setAffinity(mask);
    return Retcode.rcOk;
  }

  public int setSchedPolicy(HandleDesc thread, int policy, int priority, Common.SchedParam param)
      throws RetcodeException {
    boolean rr = param instanceof Common.SchedParam.RrQuantumUs;
    long value = rr ? ((Common.SchedParam.RrQuantumUs) param).value() : 0;
    target(thread, Ocap.OCAP_THREAD_SET_PARAMS).setSched(policy, priority, rr, value);
    return Retcode.rcOk;
  }

  public Thread.GetSchedPolicyOut getSchedPolicy(HandleDesc thread) throws RetcodeException {
    ProcessThread.Sched s = target(thread, 0).sched();
    Common.SchedParam p = s.policy() == ProcessThread.SCHED_RR ? new Common.SchedParam.RrQuantumUs(s.param())
        : new Common.SchedParam.Fifo(0);
    return new Thread.GetSchedPolicyOut(s.policy(), s.priority(), p, Retcode.rcOk);
  }

  private static ProcessThread target(HandleDesc thread, int rights) throws RetcodeException {
    return Callers.kernel().handles().object(Callers.process().table(), thread.getHandle(), ProcessThread.class,
        rights);
  }
}
