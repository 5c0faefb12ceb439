package org.kos.libkos;

/** Handle types ({@code handle/handletype.h}) as far as programs need them. Values are ours. */
public final class HandleTypes {
  /** The first type a user object may have ({@code HANDLE_TYPE_USER_FIRST}). */
  public static final int HANDLE_TYPE_USER_FIRST = 0x100;
  /** The last type a user object may have ({@code HANDLE_TYPE_USER_LAST}). */
  public static final int HANDLE_TYPE_USER_LAST = 0x1FF;
  /** {@code INVALID_HANDLE}. */
  public static final int INVALID_HANDLE = 0xFFFFFFFF;

  private HandleTypes() {}
}
