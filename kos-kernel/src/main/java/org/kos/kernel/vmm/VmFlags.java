package org.kos.kernel.vmm;

import org.kos.libkos.VmmApi;

/**
 * {@code vmm/flags.h}: allocation and protection flags. The seed names them but not their values;
 * these are ours. The ones programs use are defined by the API ({@link VmmApi}), the rest here.
 */
public final class VmFlags {
  public static final int VMM_FLAG_RESERVE = VmmApi.VMM_FLAG_RESERVE;
  public static final int VMM_FLAG_COMMIT = VmmApi.VMM_FLAG_COMMIT;
  public static final int VMM_FLAG_LOCKED = VmmApi.VMM_FLAG_LOCKED;
  public static final int VMM_FLAG_READ = VmmApi.VMM_FLAG_READ;
  public static final int VMM_FLAG_WRITE = VmmApi.VMM_FLAG_WRITE;
  public static final int VMM_FLAG_EXECUTE = VmmApi.VMM_FLAG_EXECUTE;
  public static final int VMM_FLAG_RWX_MASK = VMM_FLAG_READ | VMM_FLAG_WRITE | VMM_FLAG_EXECUTE;
  public static final int VMM_FLAG_WRITE_BACK = 0x100;
  public static final int VMM_FLAG_WRITE_THROUGH = 0x200;
  public static final int VMM_FLAG_WRITE_COMBINE = 0x400;
  public static final int VMM_FLAG_CACHE_DISABLE = 0x800;
  public static final int VMM_FLAG_CACHE_MASK = 0xF00;
  public static final int VMM_FLAG_LOW_GUARD = 0x1000;
  public static final int VMM_FLAG_HIGH_GUARD = 0x2000;
  public static final int VMM_FLAG_GROW_DOWN = 0x4000;

  /** Page states as {@code kl.core.VMM.Query} reports them. */
  public static final int STATE_FREE = 0;
  public static final int STATE_RESERVED = 1;
  public static final int STATE_COMMITTED = 2;

  private VmFlags() {}
}
