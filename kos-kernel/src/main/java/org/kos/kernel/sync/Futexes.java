package org.kos.kernel.sync;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.kos.kernel.vmm.VirtualMemory;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * The futex wait queues of one kernel, keyed by address space and address. {@link #await} checks
 * the word and queues the thread under one lock, and {@link #wake} takes that lock too: a thread
 * that changes the word and then wakes either finds the waiter queued or the waiter saw the new
 * value, so no wake-up is lost. The word itself lives in {@link VirtualMemory} (4-byte aligned,
 * committed, readable, little-endian).
 */
public final class Futexes {
  private record Key(VirtualMemory memory, long address) {}

  private static final class Waiter {
    final Condition woken;
    boolean done;

    Waiter(Condition woken) {
      this.woken = woken;
    }
  }

  private final ReentrantLock lock = new ReentrantLock();
  private final Map<Key, ArrayDeque<Waiter>> queues = new HashMap<>();

  /**
   * {@code Sync.Wait}: blocks while nobody wakes the futex at {@code address}, at most
   * {@code msec} milliseconds (negative: for ever), if the word there equals {@code expected};
   * returns how long the thread was blocked (ms). rcFutexWouldBlock when the word differs,
   * rcTimeout when the time ran out, rcIpcInterrupt when the thread was interrupted (its process
   * ends), rcInvalidArgument for an address that is not a readable committed word.
   */
  public long await(VirtualMemory memory, long address, int expected, long msec) throws RetcodeException {
    long start = System.nanoTime();
    long deadline = msec < 0 ? Long.MAX_VALUE : start + TimeUnit.MILLISECONDS.toNanos(msec);
    Key key = new Key(memory, address);
    lock.lock();
    try {
      int value = memory.readInt(address);
      if (value != expected) {
        throw new RetcodeException(Retcode.rcFutexWouldBlock, String.format(
            "futex 0x%x holds %d, not the expected %d", address, value, expected));
      }
      Waiter w = new Waiter(lock.newCondition());
      queues.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(w);
      try {
        while (!w.done) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            throw new RetcodeException(Retcode.rcTimeout, "futex 0x" + Long.toHexString(address)
                + " not woken within " + msec + " ms");
          }
          if (msec < 0) {
            w.woken.await();
          } else {
            w.woken.awaitNanos(left);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        if (!w.done) {
          throw new RetcodeException(Retcode.rcIpcInterrupt, "futex wait interrupted");
        }
      } finally {
        if (!w.done) {
          dequeue(key, w);
        }
      }
      return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    } finally {
      lock.unlock();
    }
  }

  /**
   * {@code Sync.Wake}: resumes up to {@code count} threads waiting on the futex at {@code address},
   * longest waiting first ({@code count} is unsigned); returns how many. The address must be a readable committed word.
   */
  public int wake(VirtualMemory memory, long address, int count) throws RetcodeException {
    lock.lock();
    try {
      memory.readInt(address);
      ArrayDeque<Waiter> q = queues.get(new Key(memory, address));
      int woken = 0;
      while (q != null && Integer.compareUnsigned(woken, count) < 0 && !q.isEmpty()) {
        Waiter w = q.pollFirst();
        w.done = true;
        w.woken.signal();
        woken++;
      }
      if (q != null && q.isEmpty()) {
        queues.remove(new Key(memory, address));
      }
      return woken;
    } finally {
      lock.unlock();
    }
  }

  /** Threads waiting on the futex at {@code address} now. */
  public int waiters(VirtualMemory memory, long address) {
    lock.lock();
    try {
      ArrayDeque<Waiter> q = queues.get(new Key(memory, address));
      return q == null ? 0 : q.size();
    } finally {
      lock.unlock();
    }
  }

  private void dequeue(Key key, Waiter w) {
    ArrayDeque<Waiter> q = queues.get(key);
    if (q != null) {
      for (Iterator<Waiter> i = q.iterator(); i.hasNext(); ) {
        if (i.next() == w) {
          i.remove();
          break;
        }
      }
      if (q.isEmpty()) {
        queues.remove(key);
      }
    }
  }
}
