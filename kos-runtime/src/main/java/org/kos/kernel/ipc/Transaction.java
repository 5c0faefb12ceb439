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
  private static final int WAITING = 0;
  private static final int DONE = 1;
  private static final int ABANDONED = 2;
  private static final VarHandle STATE;

  static {
    try {
      STATE = MethodHandles.lookup().findVarHandle(Transaction.class, "state", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  final Snapshot request;
  final HandleTable caller;
  final int responseCapacity;
  final int responseArenaCapacity;
  private final Thread waiter;
  /** When the request was sent ({@link System#nanoTime}). */
  final long sentAt;
  /** WAITING until the outcome lands (DONE) or the caller gives up (ABANDONED); set through STATE. */
  private volatile int state = WAITING;
  /**
   * When the outcome landed for a waiter that had parked ({@link System#nanoTime}; 0 otherwise),
   * published by the state change: the caller learns how long the server took, not how long its
   * own wake-up took.
   */
  private long completedAt;
  /** Set by the waiter before it parks, so that a completion that comes first skips the unpark. */
  private volatile boolean parked;
  private Snapshot response;
  private RetcodeException failure;

  Transaction(Snapshot request, HandleTable caller, int responseCapacity, int responseArenaCapacity) {
    this.request = request;
    this.caller = caller;
    this.responseCapacity = responseCapacity;
    this.responseArenaCapacity = responseArenaCapacity;
    this.waiter = Thread.currentThread();
    this.sentAt = System.nanoTime();
  }

  /** Delivers the response; false when the caller already gave up. */
  boolean complete(Snapshot res) {
    response = res;
    return finish();
  }

  /** Ends the call with an error for the caller; false when the caller already gave up. */
  boolean fail(int rc, String why) {
    failure = new RetcodeException(rc, why);
    return finish();
  }

  boolean isAbandoned() {
    return state == ABANDONED;
  }

  private boolean finish() {
    boolean wasParked = parked;
    if (wasParked) { // only a waiter that parked learns from the time (see SpinBudget)
      completedAt = System.nanoTime();
    }
    if (STATE.compareAndSet(this, WAITING, DONE)) {
      if (wasParked || parked) { // a spinning waiter sees DONE by itself: no wake-up call needed
        LockSupport.unpark(waiter);
      }
      return true;
    }
    return false;
  }

  /**
   * Waits for the outcome until {@code deadline} ({@link System#nanoTime}; Long.MAX_VALUE: forever),
   * spinning first as {@code spin} allows, then parked.
   */
  Snapshot await(long deadline, SpinBudget spin) throws RetcodeException {
    if (spin.start()) {
      try {
        long until = spin.until(sentAt);
        for (int i = 0; state == WAITING; i++) {
          Thread.onSpinWait();
          if ((i & 15) == 15 && System.nanoTime() - until > 0) {
            break;
          }
        }
      } finally {
        spin.stop();
      }
    }
    if (state != WAITING) {
      return outcome();
    }
    parked = true; // before the last look at the state: a completion after it sees the flag
    while (state == WAITING) {
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
    if (state == DONE && completedAt != 0) {
      spin.missed(completedAt - sentAt);
    }
    return outcome();
  }

  private Snapshot outcome() throws RetcodeException {
    if (failure != null) {
      throw failure;
    }
    return response;
  }

  private void giveUp(int rc, String why) throws RetcodeException {
    if (STATE.compareAndSet(this, WAITING, ABANDONED)) {
      if (rc == Retcode.rcIpcInterrupt) {
        Thread.currentThread().interrupt();
      }
      throw new RetcodeException(rc, why);
    }
  }
}
