package org.kos.nk;

/**
 * A handle transport container, the Java form of {@code nk_handle_desc_t}: the handle, the rights
 * mask the sender transfers, the badge (resource transfer context) and flags set by the kernel.
 * Sixteen bytes on the wire, see {@code docs/wire-format.md}.
 *
 * <p>The factories mirror {@code nk_handle_desc(...)} with zero to three arguments. With one
 * argument the rights are {@link #SAME_RIGHTS}: the kernel transfers the rights the sender holds.
 */
public record HandleDesc(int handle, int rights, int badge, int flags) {
  /** {@code NK_INVALID_HANDLE}. */
  public static final int INVALID_HANDLE = 0xFFFFFFFF;
  /** Rights mask meaning "the rights of the handle being sent". */
  public static final int SAME_RIGHTS = 0xFFFFFFFF;
  /** No badge: the transfer is not associated with a resource transfer context object. */
  public static final int NO_BADGE = 0;
  /** Flag set by the kernel when the handle was obtained by dereferencing, not by transfer. */
  public static final int FLAG_DEREFERENCED = 1;
  /** Size of a container in a message. */
  public static final int SIZE = 16;

  /** {@code nk_handle_desc()}: an empty container (invalid handle). */
  public static HandleDesc of() {
    return new HandleDesc(INVALID_HANDLE, 0, NO_BADGE, 0);
  }

  /** {@code nk_handle_desc(h)}: the handle with the rights its sender holds. */
  public static HandleDesc of(int handle) {
    return new HandleDesc(handle, SAME_RIGHTS, NO_BADGE, 0);
  }

  /** {@code nk_handle_desc(h, rights)}. */
  public static HandleDesc of(int handle, int rights) {
    return new HandleDesc(handle, rights, NO_BADGE, 0);
  }

  /** {@code nk_handle_desc(h, rights, badge)}. */
  public static HandleDesc of(int handle, int rights, int badge) {
    return new HandleDesc(handle, rights, badge, 0);
  }

  /** {@code nk_get_handle}. */
  public int getHandle() {
    return handle;
  }

  /** {@code nk_get_rights}. */
  public int getRights() {
    return rights;
  }

  /** {@code nk_is_handle_dereferenced}. */
  public boolean isDereferenced() {
    return (flags & FLAG_DEREFERENCED) != 0;
  }

  /**
   * {@code nk_get_badge_op}: the badge, but only if every flag of {@code operation} is set in the
   * rights mask that came with the handle; otherwise {@link NkErrors#NK_EPERM}.
   */
  public int badgeFor(int operation) throws NkException {
    if ((rights & operation) != operation) {
      throw new NkException(NkErrors.NK_EPERM, String.format(
          "rights 0x%08x lack operation 0x%08x", rights, operation));
    }
    return badge;
  }

  /** {@code nk_get_badge}: the badge regardless of rights. */
  public int getBadge() {
    return badge;
  }

  public boolean isValid() {
    return handle != INVALID_HANDLE;
  }
}
