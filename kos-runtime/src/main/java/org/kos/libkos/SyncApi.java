package org.kos.libkos;

import org.kos.libkos.spi.KernelLink;
import org.kos.rc.RetcodeException;

/**
 * Futexes ({@code coresrv/sync/sync_api.h}, over kl.core.Sync): the kernel half of user-space
 * locks. A futex is a 4-byte aligned word of the calling process's committed memory, read and
 * changed with {@link MemoryApi}. The seed documents the endpoint (Wait, Wake), not these
 * functions' names; ours follow the endpoint.
 */
public final class SyncApi {
  private SyncApi() {}

  /**
   * {@code KnFutexWait}: blocks the calling thread if the word at {@code ftx} equals {@code val},
   * until {@link #KnFutexWake} resumes it or {@code mdelay} ms pass
   * ({@link EventDescr#INFINITE_TIMEOUT} for ever); returns the ms it was blocked.
   * rcFutexWouldBlock when the word differs, rcTimeout when the time ran out, rcInvalidArgument
   * when {@code ftx} is not a readable committed aligned word.
   */
  public static long KnFutexWait(long ftx, int val, long mdelay) throws RetcodeException {
    return KernelLink.get().futexWait(ftx, val, mdelay);
  }

  /** {@code KnFutexWake}: resumes up to {@code nThreads} threads waiting on {@code ftx}; returns how many. */
  public static int KnFutexWake(long ftx, int nThreads) throws RetcodeException {
    return KernelLink.get().futexWake(ftx, nThreads);
  }
}
