package org.kos.libkos;

import org.kos.libkos.spi.KernelLink;
import org.kos.rc.RetcodeException;

/** {@code coresrv/handle/handle_api.h}: creating, copying, closing and revoking handles; security ids. */
public final class HandleApi {
  private HandleApi() {}

  /** {@code KnHandleCreateUserObject}: a handle to a new user resource identified by {@code context}. */
  public static int KnHandleCreateUserObject(int type, int rights, int context) throws RetcodeException {
    return KernelLink.get().handleCreateUserObject(type, rights, context);
  }

  /**
   * {@code KnHandleCreateBadge}: a resource transfer context object for {@code context}, whose
   * EVENT_BADGE_CLOSED and EVENT_OBJECT_DESTROYED reach {@code notice} under {@code eventId}.
   */
  public static int KnHandleCreateBadge(int notice, long eventId, int context) throws RetcodeException {
    return KernelLink.get().handleCreateBadge(notice, eventId, context);
  }

  /**
   * {@code KnHandleCopy}: a descendant of {@code handle} in the calling process with
   * {@code newRightsMask} (no more than held), associated with {@code badge} like a transfer
   * ({@link org.kos.nk.HandleDesc#NO_BADGE} or {@link HandleTypes#INVALID_HANDLE} for none).
   */
  public static int KnHandleCopy(int handle, int newRightsMask, int badge) throws RetcodeException {
    return KernelLink.get().handleCopy(handle, newRightsMask, badge);
  }

  /**
   * {@code KnHandleGetSidByHandle}: the security id of the handle's resource (the same through
   * every handle to it, never reused); needs {@link Ocap#OCAP_HANDLE_GET_SID}.
   */
  public static int KnHandleGetSidByHandle(int handle) throws RetcodeException {
    return KernelLink.get().handleGetSid(handle);
  }

  /** {@code KnHandleClose}. */
  public static void KnHandleClose(int handle) throws RetcodeException {
    KernelLink.get().handleClose(handle);
  }

  /** {@code KnHandleRevoke}: closes the handle and revokes its descendants. */
  public static void KnHandleRevoke(int handle) throws RetcodeException {
    KernelLink.get().handleRevoke(handle);
  }

  /** {@code KnHandleRevokeSubtree}: revokes what the transfer of {@code handle} with {@code badge} created. */
  public static void KnHandleRevokeSubtree(int handle, int badge) throws RetcodeException {
    KernelLink.get().handleRevokeSubtree(handle, badge);
  }

  /** The number of handles the calling process holds (what the Task statistics report). */
  public static int handleCount() throws RetcodeException {
    return KernelLink.get().handleCount();
  }
}
