package org.kos.kernel.core;

import kl.core.Handle;
import org.kos.kernel.Kernel;
import org.kos.kernel.handles.HandleTable;
import org.kos.kernel.notice.NoticeReceiver;
import org.kos.nk.HandleDesc;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * kl.core.Handle: copy, close, revoke, security ids, user objects and badges in the caller's
 * handle space. Connect and SecurityConnect stay rcUnimplemented: the model hands out no handles
 * to processes for Connect to take, and its security module is an in-kernel seam
 * ({@link org.kos.kernel.security.SecurityMonitor}) with no security interface to connect to.
 */
public final class HandleEndpoint {
  public Handle.CopyOut copy(HandleDesc inHandle, int newRightsMask, HandleDesc copyBadge) throws RetcodeException {
    int h = Callers.kernel().handles().copy(Callers.process().table(), inHandle.getHandle(), newRightsMask,
        copyBadge.getHandle());
    return new Handle.CopyOut(HandleDesc.of(h, newRightsMask), Retcode.rcOk);
  }

  public Handle.GetSidByHandleOut getSidByHandle(HandleDesc handle) throws RetcodeException {
    return new Handle.GetSidByHandleOut(Callers.kernel().handles().sid(Callers.process().table(), handle.getHandle()),
        Retcode.rcOk);
  }

  public int close(HandleDesc handle) throws RetcodeException {
    Callers.kernel().handles().close(Callers.process().table(), handle.getHandle());
    return Retcode.rcOk;
  }

  public int revoke(HandleDesc handle) throws RetcodeException {
    Callers.kernel().handles().revoke(Callers.process().table(), handle.getHandle());
    return Retcode.rcOk;
  }

  public int revokeSubtree(HandleDesc handle, HandleDesc badge) throws RetcodeException {
    Callers.kernel().handles().revokeSubtree(Callers.process().table(), handle.getHandle(), badge.getHandle());
    return Retcode.rcOk;
  }

  /** The context is kept as the 32-bit token our handles carry; ipcChannel and riid are not used. */
  public Handle.CreateUserObjectOut createUserObject(int type, int rights, long context, HandleDesc ipcChannel,
      int riid) throws RetcodeException {
    int h = Callers.kernel().handles().createUserObject(Callers.process().table(), type, rights, (int) context);
    return new Handle.CreateUserObjectOut(HandleDesc.of(h, rights), Retcode.rcOk);
  }

  public Handle.CreateBadgeOut createBadge(HandleDesc notify, long notifyContext, long badgeContext)
      throws RetcodeException {
    Kernel k = Callers.kernel();
    HandleTable table = Callers.process().table();
    NoticeReceiver r = k.handles().object(table, notify.getHandle(), NoticeReceiver.class, 0);
    int h = k.handles().createBadge(table, r, notifyContext, (int) badgeContext);
    return new Handle.CreateBadgeOut(HandleDesc.of(h, k.handles().rights(table, h)), Retcode.rcOk);
  }
}
