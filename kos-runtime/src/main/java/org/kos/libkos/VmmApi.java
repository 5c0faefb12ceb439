package org.kos.libkos;

import org.kos.libkos.spi.KernelLink;
import org.kos.rc.RetcodeException;

/**
 * {@code coresrv/vmm/vmm_api.h}: the calling process's virtual memory as a model of page states
 * (free, reserved, committed) and protection; flags as the vendor's headers define them. Committing beyond the process's memory quota gives rcQuotaExceeded.
 */
public final class VmmApi {
  public static final long PAGE_SIZE = 4096;
  public static final int VMM_FLAG_RESERVE = 0x1;
  public static final int VMM_FLAG_COMMIT = 0x2;
  public static final int VMM_FLAG_LOCKED = 0x4;
  public static final int VMM_FLAG_READ = 0x10;
  public static final int VMM_FLAG_WRITE = 0x20;
  public static final int VMM_FLAG_EXECUTE = 0x40;
  public static final int VMM_FLAG_RWX_MASK = VMM_FLAG_READ | VMM_FLAG_WRITE | VMM_FLAG_EXECUTE;

  private VmmApi() {}

  /** {@code KnVmAllocate}: reserves (and with VMM_FLAG_COMMIT commits) pages; returns the base address. */
  public static long KnVmAllocate(long addr, long size, int flags) throws RetcodeException {
    return KernelLink.get().vmAllocate(addr, size, flags);
  }

  /** {@code KnVmCommit}: reserved pages become committed ({@code flags} is unused). */
  public static void KnVmCommit(long addr, long size, int flags) throws RetcodeException {
    KernelLink.get().vmCommit(addr, size);
  }

  /** {@code KnVmDecommit}: committed pages return to reserved. */
  public static void KnVmDecommit(long addr, long size) throws RetcodeException {
    KernelLink.get().vmDecommit(addr, size);
  }

  /** {@code KnVmProtect}: new protection of reserved or committed pages. */
  public static void KnVmProtect(long addr, long size, int newFlags) throws RetcodeException {
    KernelLink.get().vmProtect(addr, size, newFlags);
  }

  /** {@code KnVmUnmap}: frees the pages. */
  public static void KnVmUnmap(long addr, long size) throws RetcodeException {
    KernelLink.get().vmUnmap(addr, size);
  }
}
