package org.kos.kernel.ipc;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A counter alone on its cache line. The caller's and the server's counters of a round trip sat
 * side by side on one line, so each increment took the line from the other core: false sharing
 * cost more than the rest of the kernel's bookkeeping. The padding (superclass fields are laid
 * out first) keeps neighbours 64 bytes away on either side.
 */
final class PaddedCounter extends PaddedCounterValue {
  @SuppressWarnings("unused")
  private long q1, q2, q3, q4, q5, q6, q7;

  private static final VarHandle VALUE;

  static {
    try {
      VALUE = MethodHandles.lookup().findVarHandle(PaddedCounterValue.class, "value", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  void add(long delta) {
    VALUE.getAndAdd(this, delta);
  }

  void increment() {
    add(1);
  }

  /** Adds one and returns the new value. */
  long incrementAndGet() {
    return (long) VALUE.getAndAdd(this, 1L) + 1;
  }

  long decrementAndGet() {
    return (long) VALUE.getAndAdd(this, -1L) - 1;
  }

  long get() {
    return value;
  }
}

/** Seven longs that keep a {@link PaddedCounter}'s value away from whatever lies before it. */
abstract class PaddedCounterPadding {
  @SuppressWarnings("unused")
  private long p1, p2, p3, p4, p5, p6, p7;
}

/** The value, laid out after the padding of its superclass and before that of its subclass. */
abstract class PaddedCounterValue extends PaddedCounterPadding {
  volatile long value;
}
