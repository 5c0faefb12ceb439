package org.kos.nk;

import org.kos.rc.Retcode;

/**
 * NK transport error codes ({@code nk_err_t}). As in the vendor's ABI they mirror negative errno
 * values, so a code read in a log means the same in both worlds.
 */
public final class NkErrors {
  /** Success. */
  public static final int NK_EOK = 0;
  /** Operation not permitted: the security monitor or a rights check refused it. */
  public static final int NK_EPERM = -1;
  /** No such endpoint (RIID) or method (MID), or no such capability. */
  public static final int NK_ENOENT = -2;
  /** Try again: not ready or timed out. */
  public static final int NK_EAGAIN = -11;
  /** Out of memory: the arena or buffer cannot hold the data. */
  public static final int NK_ENOMEM = -12;
  /** Invalid argument. */
  public static final int NK_EINVAL = -22;
  /** Malformed message: bounds, descriptors, NUL terminators, sizes. */
  public static final int NK_EBADMSG = -74;
  /** The peer is gone. */
  public static final int NK_ENOTCONN = -107;

  private NkErrors() {}

  /**
   * The NK code a kernel return code ({@link org.kos.rc.Retcode}) stands for, as a transport
   * reports a failed call: argument, connection, memory, message size, capability and readiness
   * errors keep their meaning; anything else is {@link #NK_EPERM}.
   */
  public static int fromRetcode(int rc) {
    if (rc == Retcode.rcOk) {
      return NK_EOK;
    }
    if (rc == Retcode.rcInvalidArgument) {
      return NK_EINVAL;
    }
    if (rc == Retcode.rcNotConnected) {
      return NK_ENOTCONN;
    }
    if (rc == Retcode.rcOutOfMemory) {
      return NK_ENOMEM;
    }
    if (rc == Retcode.rcBufferTooSmall || rc == Retcode.rcBufferTooLarge) {
      return NK_EBADMSG;
    }
    if (rc == Retcode.rcNoCapability) {
      return NK_ENOENT;
    }
    if (rc == Retcode.rcNotReady || rc == Retcode.rcTimeout) {
      return NK_EAGAIN;
    }
    return NK_EPERM;
  }

  /** The constant's name for a code, or {@code NK_E?(code)} for one we do not define. */
  public static String name(int code) {
    return switch (code) {
      case NK_EOK -> "NK_EOK";
      case NK_EPERM -> "NK_EPERM";
      case NK_ENOENT -> "NK_ENOENT";
      case NK_EAGAIN -> "NK_EAGAIN";
      case NK_ENOMEM -> "NK_ENOMEM";
      case NK_EINVAL -> "NK_EINVAL";
      case NK_EBADMSG -> "NK_EBADMSG";
      case NK_ENOTCONN -> "NK_ENOTCONN";
      default -> "NK_E?(" + code + ")";
    };
  }
}
