package org.kos.kernel.notice;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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
   * milliseconds for the first (negative: forever, 0: just look). rcTimeout when none came.
   */
  public List<EventDesc> getEvents(long msec, int countMax) throws RetcodeException {
    if (countMax <= 0) {
      throw new RetcodeException(Retcode.rcInvalidArgument, "countMax " + countMax + " must be positive");
    }
    long deadline = msec < 0 ? Long.MAX_VALUE : System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(msec);
    lock.lock();
    try {
      while (pending.isEmpty()) {
        if (gone) {
          throw new RetcodeException(Retcode.rcResourceNotFound, "the notification receiver was destroyed");
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new RetcodeException(Retcode.rcTimeout, "no notification within " + msec + " ms");
        }
        try {
          if (msec < 0) {
            arrived.await();
          } else {
            arrived.awaitNanos(left);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new RetcodeException(Retcode.rcAbort, "wait for notifications interrupted");
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
