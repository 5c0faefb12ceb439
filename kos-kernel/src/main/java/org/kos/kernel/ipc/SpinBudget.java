package org.kos.kernel.ipc;

/**
 * How long the threads on one side of a channel group (its callers waiting for responses, or its
 * receivers waiting for requests) spin before they park (callers yield the CPU in between, see
 * {@link #yieldNanos}). Spinning saves a wake-up (a futex call
 * and a trip through the scheduler, tens of microseconds on a busy virtual machine) when the other
 * side answers within the spin, and wastes a core when it does not. So the budget follows what
 * the other side did: after a wait that a spin of at most {@code maxNanos} would have covered it
 * grows to cover it, after a longer one it halves; and only {@link #MAX_SPINNERS} threads spin at
 * once.
 *
 * <p>Waits are measured to the moment the other side acted (the response completed, the request
 * was sent), never to this side's own wake-up: counting the wake-up would shrink the budget after
 * every park, and both sides would park on every message for good.
 */
final class SpinBudget {
  /**
   * Rounds every waiter spins before it asks for the budget: about a microsecond, the other side's
   * turn in a busy ping-pong, so that the common wait costs neither the spinner count nor a clock
   * read.
   */
  static final int FREE_SPINS = 32;

  /** One spinning thread per core the other side does not need. */
  static final int MAX_SPINNERS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

  private final long minNanos;
  private final long maxNanos;
  /** Written by every wait on this side: on a line of its own, away from the other side's. */
  private final PaddedCounter spinning = new PaddedCounter();
  /** Racy on purpose: a lost update only makes one guess a little off. */
  private volatile long budgetNanos;

  private final long yieldNanos;

  /** Starts at {@code minNanos}; never spins longer than {@code maxNanos}; no yield phase. */
  SpinBudget(long minNanos, long maxNanos) {
    this(minNanos, maxNanos, 0);
  }

  /**
   * Starts at {@code minNanos}; never spins longer than {@code maxNanos}; a waiter that still
   * waits after its spin yields the CPU until {@code yieldNanos} after the start of the wait.
   */
  SpinBudget(long minNanos, long maxNanos, long yieldNanos) {
    this.minNanos = minNanos;
    this.maxNanos = maxNanos;
    this.yieldNanos = yieldNanos;
    this.budgetNanos = minNanos;
  }

  /** Whether the caller may spin now; if so it must call {@link #stop} when it is done. */
  boolean start() {
    // Look before the increment: when the spinners are all busy, losers touch the counter less.
    if (spinning.get() >= MAX_SPINNERS) {
      return false;
    }
    if (spinning.incrementAndGet() > MAX_SPINNERS) {
      spinning.decrementAndGet();
      return false;
    }
    return true;
  }

  void stop() {
    spinning.decrementAndGet();
  }

  /** When a spin begun at {@code start} ({@link System#nanoTime}) ends. */
  long until(long start) {
    return start + budgetNanos;
  }

  /** Learns from a wait of {@code waitedNanos} that outlasted the spin. */
  void missed(long waitedNanos) {
    long b = budgetNanos;
    budgetNanos = waitedNanos < maxNanos ? Math.max(b, Math.min(maxNanos, waitedNanos + waitedNanos / 2))
        : Math.max(minNanos, b / 2);
  }

  /** How long after the start of a wait a waiter may yield the CPU before it parks. */
  long yieldNanos() {
    return yieldNanos;
  }

  long budgetNanos() {
    return budgetNanos;
  }
}
