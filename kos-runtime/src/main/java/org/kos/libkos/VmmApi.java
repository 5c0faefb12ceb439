package org.kos.libkos;

import org.kos.kernel.vmm.VirtualMemory;
import org.kos.rc.RetcodeException;

/**
 * {@code coresrv/vmm/vmm_api.h}: the calling process's virtual memory as a model of page states
 * (free, reserved, committed) and protection; flags in {@link org.kos.kernel.vmm.VmFlags} values,
 * repeated here. Committing beyond the process's memory quota gives rcQuotaExceeded.
 */
public final class VmmApi {
  public static final long PAGE_SIZE = VirtualMemory.PAGE_SIZE;
  public static final int VMM_FLAG_RESERVE = org.kos.kernel.vmm.VmFlags.VMM_FLAG_RESERVE;
  public static final int VMM_FLAG_COMMIT = org.kos.kernel.vmm.VmFlags.VMM_FLAG_COMMIT;
  public static final int VMM_FLAG_LOCKED = org.kos.kernel.vmm.VmFlags.VMM_FLAG_LOCKED;
  public static final int VMM_FLAG_READ = org.kos.kernel.vmm.VmFlags.VMM_FLAG_READ;
  public static final int VMM_FLAG_WRITE = org.kos.kernel.vmm.VmFlags.VMM_FLAG_WRITE;
  public static final int VMM_FLAG_EXECUTE = org.kos.kernel.vmm.VmFlags.VMM_FLAG_EXECUTE;
  public static final int VMM_FLAG_RWX_MASK = org.kos.kernel.vmm.VmFlags.VMM_FLAG_RWX_MASK;

  private VmmApi() {}

  /** {@code KnVmAllocate}: reserves (and with VMM_FLAG_COMMIT commits) pages; returns the base address. */
  public static long KnVmAllocate(long addr, long size, int flags) throws RetcodeException {
    return memory().allocate(addr, size, flags);
  }

  /** {@code KnVmCommit}: reserved pages become committed ({@code flags} is unused). */
  public static void KnVmCommit(long addr, long size, int flags) throws RetcodeException {
    memory().commit(addr, size);
  }

  /** {@code KnVmDecommit}: committed pages return to reserved. */
  public static void KnVmDecommit(long addr, long size) throws RetcodeException {
    memory().decommit(addr, size);
  }

  /** {@code KnVmProtect}: new protection of reserved or committed pages. */
  public static void KnVmProtect(long addr, long size, int newFlags) throws RetcodeException {
    memory().protect(addr, size, newFlags);
  }

  /** {@code KnVmUnmap}: frees the pages. */
  public static void KnVmUnmap(long addr, long size) throws RetcodeException {
    memory().free(addr, size);
  }

  private static VirtualMemory memory() throws RetcodeException {
    return Caller.get().process().memory();
  }
}
