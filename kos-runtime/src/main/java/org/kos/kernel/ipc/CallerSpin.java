package org.kos.kernel.ipc;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How long the callers of one channel group spin for their response before they park. Spinning
 * saves the wake-up (a futex call and a trip through the scheduler) when the server answers
 * within the spin, and wastes a core when it does not; on a busy machine a spinning caller even
 * delays the server it waits for. So the budget follows the responses: after a wait that a spin
 * could have covered (shorter than {@link #MAX_NANOS}) it grows to cover it, after a longer one it
 * halves; and only {@link #MAX_SPINNERS} callers spin at once.
 */
final class CallerSpin {
  /** Longest spin: past this, parking costs less than spinning. */
  static final long MAX_NANOS = 20_000;
  /** Shortest spin: callers keep probing, so the budget can grow again. */
  static final long MIN_NANOS = 500;
  /** One spinning caller per core the server does not need. */
  static final int MAX_SPINNERS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

  private final AtomicInteger spinning = new AtomicInteger();
  /** Racy on purpose: a lost update only makes one guess a little off. */
  private volatile long budgetNanos = MIN_NANOS;

  /** Spins while {@code t} waits, within the budget, from {@code start} ({@link System#nanoTime}). */
  void spinFor(Transaction t, long start) {
    if (spinning.incrementAndGet() > MAX_SPINNERS) {
      spinning.decrementAndGet();
      return;
    }
    try {
      long until = start + budgetNanos;
      for (int i = 0; t.isWaiting(); i++) {
        Thread.onSpinWait();
        if ((i & 15) == 15 && System.nanoTime() - until > 0) {
          return;
        }
      }
    } finally {
      spinning.decrementAndGet();
    }
  }

  /** Learns from a wait of {@code waitedNanos} that outlasted the spin. */
  void missed(long waitedNanos) {
    long b = budgetNanos;
    budgetNanos = waitedNanos < MAX_NANOS ? Math.max(b, Math.min(MAX_NANOS, waitedNanos + waitedNanos / 2))
        : Math.max(MIN_NANOS, b / 2);
  }

  long budgetNanos() {
    return budgetNanos;
  }
}
