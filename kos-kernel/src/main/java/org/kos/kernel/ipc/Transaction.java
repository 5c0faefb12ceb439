package org.kos.kernel.ipc;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;
import org.kos.kernel.handles.HandleTable;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * One Call: the request, who sent it, and the slot its outcome lands in. The caller waits by
 * spinning briefly and then parking; the server (or the kernel, when the server goes away)
 * completes it exactly once, and a caller that gave up (timeout, interrupt) makes a later
 * completion fail instead of landing unseen.
 */
final class Transaction {
  /** The outcome of a call whose caller gave up. */
  private static final Object ABANDONED = new Object();
  private static final VarHandle OUTCOME;
  private static final VarHandle NEXT;

  static {
    try {
      OUTCOME = MethodHandles.lookup().findVarHandle(Transaction.class, "outcome", Object.class);
      NEXT = MethodHandles.lookup().findVarHandle(Transaction.class, "next", Transaction.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The request as {@link Snapshot#copyOf} copied it. */
  final Object request;
  final HandleTable caller;
  final int responseCapacity;
  final int responseArenaCapacity;
  private final Thread waiter;
  /** When the request was sent ({@link System#nanoTime}). */
  final long sentAt;
  /**
   * Null while the caller waits, then set once through OUTCOME: the response (as
   * {@link Snapshot#copyOf} copied it),
   * the failure ({@link RetcodeException}) or {@link #ABANDONED}. One field, so that the server
   * publishes a response with a single write to the line the caller spins on.
   */
  private volatile Object outcome;
  /**
   * When the outcome landed for a waiter that had parked ({@link System#nanoTime}; 0 otherwise),
   * published by the outcome's write: the caller learns how long the server took, not how long its
   * own wake-up took.
   */
  private long completedAt;
  /** The next request in its group's {@link RequestQueue}; itself once taken from it. */
  private volatile Transaction next;
  /** Set by the waiter before it parks, so that a completion that comes first skips the unpark. */
  private volatile boolean parked;

  Transaction(Object request, HandleTable caller, int responseCapacity, int responseArenaCapacity) {
    this.request = request;
    this.caller = caller;
    this.responseCapacity = responseCapacity;
    this.responseArenaCapacity = responseArenaCapacity;
    this.waiter = Thread.currentThread();
    this.sentAt = System.nanoTime();
  }

  /** Delivers the response; false when the caller already gave up. */
  boolean complete(Object res) {
    return finish(res);
  }

  /** Ends the call with an error for the caller; false when the caller already gave up. */
  boolean fail(int rc, String why) {
    return outcome == null && finish(new RetcodeException(rc, why));
  }

  Transaction next() {
    return next;
  }

  /** Links {@code t} after this node; false when another node got there first. */
  boolean linkNext(Transaction t) {
    return NEXT.compareAndSet(this, null, t);
  }

  /** Marks this node as gone from the queue (see {@link RequestQueue}). */
  void unlinkSelf() {
    NEXT.setRelease(this, this);
  }

  /** Whether the call already has its outcome (answered, failed or given up). */
  boolean isSettled() {
    return outcome != null;
  }

  boolean isAbandoned() {
    return outcome == ABANDONED;
  }

  private boolean finish(Object result) {
    boolean wasParked = parked;
    if (wasParked) { // only a waiter that parked learns from the time (see SpinBudget)
      completedAt = System.nanoTime();
    }
    if (OUTCOME.compareAndSet(this, null, result)) {
      if (wasParked || parked) { // a spinning waiter sees the outcome by itself: no wake-up call needed
        LockSupport.unpark(waiter);
      }
      return true;
    }
    return false;
  }

  /**
   * Waits for the outcome until {@code deadline} ({@link System#nanoTime}; Long.MAX_VALUE: forever),
   * spinning first as {@code spin} allows, then yielding the CPU, then parked.
   */
  Object await(long deadline, SpinBudget spin) throws RetcodeException {
    for (int i = 0; outcome == null && i < SpinBudget.FREE_SPINS; i++) {
      Thread.onSpinWait();
    }
    if (outcome == null && spin.start()) {
      try {
        long until = spin.until(sentAt);
        for (int i = 0; outcome == null; i++) {
          Thread.onSpinWait();
          if ((i & 15) == 15 && System.nanoTime() - until > 0) {
            break;
          }
        }
      } finally {
        spin.stop();
      }
    }
    // Past the spin, or not allowed to spin: give the CPU away for a while rather than sleep. A
    // caller that yields needs no wake-up call, which on a busy machine (more threads than cores:
    // callers queueing for one server) costs the server more than the yields cost the caller.
    long yieldUntil = sentAt + spin.yieldNanos();
    if (deadline != Long.MAX_VALUE && deadline - yieldUntil < 0) {
      yieldUntil = deadline;
    }
    while (outcome == null && System.nanoTime() - yieldUntil < 0) {
      Thread.yield();
    }
    if (outcome != null) {
      return result();
    }
    parked = true; // before the last look at the outcome: a completion after it sees the flag
    while (outcome == null) {
      if (Thread.interrupted()) {
        giveUp(Retcode.rcIpcInterrupt, "the call was interrupted");
        break;
      }
      if (deadline == Long.MAX_VALUE) {
        LockSupport.park(this);
      } else {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          giveUp(Retcode.rcTimeout, "no response before the timeout");
          break;
        }
        LockSupport.parkNanos(this, left);
      }
    }
    if (completedAt != 0) {
      spin.missed(completedAt - sentAt);
    }
    return result();
  }

  private Object result() throws RetcodeException {
    Object o = outcome;
    if (o instanceof RetcodeException e) {
      throw e;
    }
    return o;
  }

  private void giveUp(int rc, String why) throws RetcodeException {
    if (OUTCOME.compareAndSet(this, null, ABANDONED)) {
      if (rc == Retcode.rcIpcInterrupt) {
        Thread.currentThread().interrupt();
      }
      throw new RetcodeException(rc, why);
    }
  }
}
