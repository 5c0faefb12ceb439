package org.kos.libkos;

import org.kos.kernel.notice.NoticeReceiver;
import org.kos.rc.RetcodeException;

/** {@code coresrv/handle/handle_api.h}: creating, copying, closing and revoking handles; security ids. */
public final class HandleApi {
  private HandleApi() {}

  /** {@code KnHandleCreateUserObject}: a handle to a new user resource identified by {@code context}. */
  public static int KnHandleCreateUserObject(int type, int rights, int context) throws RetcodeException {
    Caller c = Caller.get();
    return c.kernel().handles().createUserObject(c.table(), type, rights, context);
  }

  /**
   * {@code KnHandleCreateBadge}: a resource transfer context object for {@code context}, whose
   * EVENT_BADGE_CLOSED and EVENT_OBJECT_DESTROYED reach {@code notice} under {@code eventId}.
   */
  public static int KnHandleCreateBadge(int notice, long eventId, int context) throws RetcodeException {
    Caller c = Caller.get();
    NoticeReceiver receiver = c.kernel().handles().object(c.table(), notice, NoticeReceiver.class, 0);
    return c.kernel().handles().createBadge(c.table(), receiver, eventId, context);
  }

  /**
   * {@code KnHandleCopy}: a descendant of {@code handle} in the calling process with
   * {@code newRightsMask} (no more than held), associated with {@code badge} like a transfer
   * ({@link org.kos.nk.HandleDesc#NO_BADGE} or {@link HandleTypes#INVALID_HANDLE} for none).
   */
  public static int KnHandleCopy(int handle, int newRightsMask, int badge) throws RetcodeException {
    Caller c = Caller.get();
    return c.kernel().handles().copy(c.table(), handle, newRightsMask, badge);
  }

  /**
   * {@code KnHandleGetSidByHandle}: the security id of the handle's resource (the same through
   * every handle to it, never reused); needs {@link Ocap#OCAP_HANDLE_GET_SID}.
   */
  public static int KnHandleGetSidByHandle(int handle) throws RetcodeException {
    Caller c = Caller.get();
    return c.kernel().handles().sid(c.table(), handle);
  }

  /** {@code KnHandleClose}. */
  public static void KnHandleClose(int handle) throws RetcodeException {
    Caller c = Caller.get();
    c.kernel().handles().close(c.table(), handle);
  }

  /** {@code KnHandleRevoke}: closes the handle and revokes its descendants. */
  public static void KnHandleRevoke(int handle) throws RetcodeException {
    Caller c = Caller.get();
    c.kernel().handles().revoke(c.table(), handle);
  }

  /** {@code KnHandleRevokeSubtree}: revokes what the transfer of {@code handle} with {@code badge} created. */
  public static void KnHandleRevokeSubtree(int handle, int badge) throws RetcodeException {
    Caller c = Caller.get();
    c.kernel().handles().revokeSubtree(c.table(), handle, badge);
  }

  /** The number of handles the calling process holds (what the Task statistics report). */
  public static int handleCount() throws RetcodeException {
    Caller c = Caller.get();
    return c.kernel().handles().count(c.table());
  }
}
