package org.kos.kernel.ipc;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How long the callers of one channel group spin for their response before they park. Spinning
 * saves the wake-up (a futex call and a trip through the scheduler) when the server answers
 * within the spin, and wastes a core when it does not; on a busy machine a spinning caller even
 * delays the server it waits for. So the budget adapts: it doubles after a spin that saw the
 * response, halves after one that did not, and only {@link #MAX_SPINNERS} callers spin at once.
 */
final class CallerSpin {
  /** Largest budget, in {@link Thread#onSpinWait} rounds. */
  static final int MAX = 2_048;
  /** Smallest budget: callers keep probing, so the budget can grow again when the machine calms. */
  static final int MIN = 16;
  /** One spinning caller per core the server does not need. */
  static final int MAX_SPINNERS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

  private final AtomicInteger spinning = new AtomicInteger();
  private volatile int budget = MIN;

  /** Spins while {@code t} waits, within the budget; true when it stopped waiting meanwhile. */
  boolean spinFor(Transaction t) {
    if (spinning.incrementAndGet() > MAX_SPINNERS) {
      spinning.decrementAndGet();
      return false;
    }
    try {
      int b = budget;
      for (int i = 0; i < b; i++) {
        if (!t.isWaiting()) {
          budget = Math.min(MAX, b * 2);
          return true;
        }
        Thread.onSpinWait();
      }
      budget = Math.max(MIN, b / 2);
      return !t.isWaiting();
    } finally {
      spinning.decrementAndGet();
    }
  }

  /** The current budget (for tests and diagnostics). */
  int budget() {
    return budget;
  }
}
