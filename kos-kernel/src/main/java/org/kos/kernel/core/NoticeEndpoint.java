package org.kos.kernel.core;

import java.util.ArrayList;
import java.util.List;
import kl.core.Notice;
import org.kos.kernel.Kernel;
import org.kos.kernel.handles.HandleTable;
import org.kos.kernel.notice.NoticeReceiver;
import org.kos.libkos.EventDesc;
import org.kos.libkos.Ocap;
import org.kos.nk.HandleDesc;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/** kl.core.Notice: notification receivers in the caller's handle space. */
public final class NoticeEndpoint {
  public Notice.CreateOut create() throws RetcodeException {
    int h = Callers.kernel().handles().install(Callers.process().table(), new NoticeReceiver(), Ocap.OCAP_NOTICE_FULL);
    return new Notice.CreateOut(HandleDesc.of(h, Ocap.OCAP_NOTICE_FULL), Retcode.rcOk);
  }

  public int subscribeToObject(HandleDesc notify, HandleDesc object, int evMask, long evId) throws RetcodeException {
    Kernel k = Callers.kernel();
    HandleTable table = Callers.process().table();
    NoticeReceiver r = k.handles().object(table, notify.getHandle(), NoticeReceiver.class, 0);
    k.handles().subscribe(table, r, object.getHandle(), evMask, evId);
    return Retcode.rcOk;
  }

  public Notice.GetEventOut getEvent(HandleDesc notify, long mdelay) throws RetcodeException {
    NoticeReceiver r = Callers.kernel().handles().object(Callers.process().table(), notify.getHandle(),
        NoticeReceiver.class, 0);
    List<Notice.EventDesc> out = new ArrayList<>();
    for (EventDesc e : r.getEvents(mdelay, Notice.EventsMax)) {
      out.add(new Notice.EventDesc(e.eventId(), e.eventMask()));
    }
    return new Notice.GetEventOut(out, Retcode.rcOk);
  }

  public int unsubscribeFromEvent(HandleDesc notify, long evId) throws RetcodeException {
    Callers.kernel().handles().unsubscribeFromEvent(receiver(notify), evId);
    return Retcode.rcOk;
  }

  public int unsubscribeFromObject(HandleDesc notify, HandleDesc object) throws RetcodeException {
    Callers.kernel().handles().unsubscribeFromObject(Callers.process().table(), receiver(notify), object.getHandle());
    return Retcode.rcOk;
  }

  /** {@code finish} 0 keeps the receiver open for new entries, anything else closes it (the seed says 1). */
  public int dropAndWake(HandleDesc notify, int finish) throws RetcodeException {
    NoticeReceiver r = receiver(notify);
    r.wakeAll(finish != 0);
    Callers.kernel().handles().unsubscribeAll(r);
    return Retcode.rcOk;
  }

  public int setObjectEvent(HandleDesc object, int evMask) throws RetcodeException {
    Callers.kernel().handles().setObjectEvent(Callers.process().table(), object.getHandle(), evMask);
    return Retcode.rcOk;
  }

  private static NoticeReceiver receiver(HandleDesc notify) throws RetcodeException {
    return Callers.kernel().handles().object(Callers.process().table(), notify.getHandle(), NoticeReceiver.class, 0);
  }
}
