package org.kos.kernel.core;

import kl.core.Common;
import kl.core.Time;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * kl.core.Time as a model clock: the system time is the JVM's wall clock plus an offset that
 * SetSystemTime sets; a gradual adjustment is consumed at {@code slew} microseconds per second
 * of real time, and GetSystemTimeAdj reports what is left of it.
 */
public final class TimeEndpoint {
  private long offsetNanos;
  private long adjNanos;
  private long slewUsPerSec;
  private long adjStart = System.nanoTime();

  /** The model's system time in nanoseconds since 1970. */
  public synchronized long systemTimeNanos() {
    long adj = adjNanos - remaining();
    return System.currentTimeMillis() * 1_000_000L + offsetNanos + adj;
  }

  public synchronized int setSystemTime(long secs, long nsecs) throws RetcodeException {
    if (secs < 0 || nsecs < 0 || nsecs >= 1_000_000_000L) {
      throw new RetcodeException(Retcode.rcInvalidArgument, "not a time: " + secs + " s " + nsecs + " ns");
    }
    offsetNanos = secs * 1_000_000_000L + nsecs - System.currentTimeMillis() * 1_000_000L;
    adjNanos = 0;
    return Retcode.rcOk;
  }

  public synchronized Time.SetSystemTimeAdjOut setSystemTimeAdj(Common.TimeSpec adj, int slew)
      throws RetcodeException {
    if (slew <= 0) {
      throw new RetcodeException(Retcode.rcInvalidArgument, "slew must be positive");
    }
    long left = remaining();
    offsetNanos += adjNanos - left;
    adjNanos = adj.sec() * 1_000_000_000L + adj.nsec();
    slewUsPerSec = slew;
    adjStart = System.nanoTime();
    return new Time.SetSystemTimeAdjOut(spec(left), Retcode.rcOk);
  }

  public synchronized Time.GetSystemTimeAdjOut getSystemTimeAdj() {
    return new Time.GetSystemTimeAdjOut(spec(remaining()), Retcode.rcOk);
  }

  /** What is left of the adjustment: |adj| shrinks by slew µs per elapsed second. */
  private long remaining() {
    long done = (System.nanoTime() - adjStart) / 1_000_000L * slewUsPerSec;
    long left = Math.max(0, Math.abs(adjNanos) - done);
    return adjNanos < 0 ? -left : left;
  }

  private static Common.TimeSpec spec(long nanos) {
    return new Common.TimeSpec(nanos / 1_000_000_000L, nanos % 1_000_000_000L);
  }
}
