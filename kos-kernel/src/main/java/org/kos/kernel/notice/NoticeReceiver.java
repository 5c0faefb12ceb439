package org.kos.kernel.notice;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.kos.kernel.handles.EventSink;
import org.kos.kernel.handles.KernelObject;
import org.kos.libkos.EventDesc;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * A notification receiver ({@code KnNoticeCreate}): stores notifications in the order events
 * happened and hands them out through {@link #getEvents}, waiting up to a timeout.
 */
public final class NoticeReceiver extends KernelObject implements EventSink {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final Deque<EventDesc> pending = new ArrayDeque<>();
  private volatile boolean gone;
  /** DropAndWake with finish: no entry may be added any more. */
  private volatile boolean finished;
  /** Counts DropAndWake calls: a waiter that sees it change was woken by one. */
  private long wakeups;
  private int waiting;
  private final Set<KernelObject> watched = new LinkedHashSet<>();

  public NoticeReceiver() {
    super("notification receiver");
  }

  @Override
  public void post(long eventId, int eventMask) {
    lock.lock();
    try {
      pending.addLast(new EventDesc(eventId, eventMask));
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public boolean acceptsEvents() {
    return !gone;
  }

  @Override
  public boolean acceptsEntries() {
    return !gone && !finished;
  }

  @Override
  public Set<KernelObject> watched() {
    return watched;
  }

  /**
   * The receiver's half of {@code KnNoticeDropAndWake} (the handle manager drops the entries):
   * every thread waiting in {@link #getEvents} returns with rcAbort; with {@code finish} no entry
   * may be added any more. Call it before dropping the entries, so that none slips in between.
   */
  public void wakeAll(boolean finish) {
    if (finish) {
      finished = true;
    }
    lock.lock();
    try {
      wakeups++;
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Threads blocked in {@link #getEvents} now. */
  public int waiting() {
    lock.lock();
    try {
      return waiting;
    } finally {
      lock.unlock();
    }
  }

  @Override
  protected void onDestroyed() {
    gone = true;
    lock.lock();
    try {
      pending.clear();
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * {@code KnNoticeGetEvent}: up to {@code countMax} notifications, waiting at most {@code msec}
   * milliseconds for the first (negative: forever, 0: just look). rcTimeout when none came;
   * rcAbort when DropAndWake woke the thread, or at once when the receiver was finished and
   * nothing is left in it (no event can come any more).
   */
  public List<EventDesc> getEvents(long msec, int countMax) throws RetcodeException {
    if (countMax <= 0) {
      throw new RetcodeException(Retcode.rcInvalidArgument, "countMax " + countMax + " must be positive");
    }
    long deadline = msec < 0 ? Long.MAX_VALUE : System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(msec);
    lock.lock();
    try {
      long seen = wakeups;
      while (pending.isEmpty()) {
        if (gone) {
          throw new RetcodeException(Retcode.rcResourceNotFound, "the notification receiver was destroyed");
        }
        if (wakeups != seen) {
          throw new RetcodeException(Retcode.rcAbort, "woken by DropAndWake");
        }
        if (finished) {
          throw new RetcodeException(Retcode.rcAbort, "the receiver was finished by DropAndWake and is empty");
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new RetcodeException(Retcode.rcTimeout, "no notification within " + msec + " ms");
        }
        waiting++;
        try {
          if (msec < 0) {
            arrived.await();
          } else {
            arrived.awaitNanos(left);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new RetcodeException(Retcode.rcAbort, "wait for notifications interrupted");
        } finally {
          waiting--;
        }
      }
      List<EventDesc> out = new ArrayList<>(Math.min(countMax, pending.size()));
      while (out.size() < countMax && !pending.isEmpty()) {
        out.add(pending.pollFirst());
      }
      return out;
    } finally {
      lock.unlock();
    }
  }
}
