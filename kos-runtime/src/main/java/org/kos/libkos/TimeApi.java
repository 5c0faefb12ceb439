package org.kos.libkos;

import kl.core.Common;
import kl.core.CoreEntity;
import kl.core.TimeProxy;
import org.kos.libkos.spi.KernelLink;
import org.kos.rc.RetcodeException;

/**
 * {@code coresrv/time/time_api.h}: the system time and the time since the start. Setting the time
 * goes through kl.core.Time (the security policy sees it); reading it asks the kernel directly, as
 * the vendor's library reads it without an IPC. Times are {@code Common.TimeSpec} (seconds and
 * nanoseconds, RtlTimeSpec).
 */
public final class TimeApi {
  private static final long NANOS = 1_000_000_000L;

  private TimeApi() {}

  /** {@code KnGetSystemTime}: the POSIX system time as the kernel keeps it (what KnSetSystemTime set). */
  public static Common.TimeSpec KnGetSystemTime() throws RetcodeException {
    return spec(KernelLink.get().timeSystemNanos());
  }

  /** {@code KnSetSystemTime}: sets the system time (kl.core.Time.SetSystemTime); rcInvalidArgument for a negative time. */
  public static void KnSetSystemTime(Common.TimeSpec time) throws RetcodeException {
    CoreCalls.run("KnSetSystemTime", () -> new TimeProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_TIME_TIME)
        .setSystemTime(time.sec(), time.nsec()));
  }

  /** {@code KnGetUpTime}: the time since the system started. */
  public static Common.TimeSpec KnGetUpTime() throws RetcodeException {
    return spec(KernelLink.get().timeUpNanos());
  }

  /** {@code KnGetMSecSinceStart}: milliseconds since the system started. */
  public static long KnGetMSecSinceStart() throws RetcodeException {
    return KernelLink.get().timeUpNanos() / 1_000_000L;
  }

  private static Common.TimeSpec spec(long nanos) {
    return new Common.TimeSpec(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
  }
}
