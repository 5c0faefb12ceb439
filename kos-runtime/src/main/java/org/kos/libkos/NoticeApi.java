package org.kos.libkos;

import java.util.List;
import org.kos.kernel.notice.NoticeReceiver;
import org.kos.rc.RetcodeException;

/** {@code coresrv/handle/notice_api.h}: notification receivers. */
public final class NoticeApi {
  private NoticeApi() {}

  /** {@code KnNoticeCreate}: the handle of a new notification receiver. */
  public static int KnNoticeCreate() throws RetcodeException {
    Caller c = Caller.get();
    return c.kernel().handles().install(c.table(), new NoticeReceiver(), Ocap.OCAP_NOTICE_FULL);
  }

  /** {@code KnNoticeSubscribeToObject}. */
  public static void KnNoticeSubscribeToObject(int notice, int object, int evMask, long evId) throws RetcodeException {
    Caller c = Caller.get();
    NoticeReceiver r = c.kernel().handles().object(c.table(), notice, NoticeReceiver.class, 0);
    c.kernel().handles().subscribe(c.table(), r, object, evMask, evId);
  }

  /**
   * {@code KnNoticeGetEvent}: up to {@code countMax} notifications, waiting up to {@code msec}
   * ({@link EventDescr#INFINITE_TIMEOUT} for ever); rcTimeout when none came.
   */
  public static List<EventDesc> KnNoticeGetEvent(int notice, long msec, int countMax) throws RetcodeException {
    Caller c = Caller.get();
    return c.kernel().handles().object(c.table(), notice, NoticeReceiver.class, 0).getEvents(msec, countMax);
  }

  /** {@code KnNoticeUnsubscribeFromEvent}: removes the receiver's entries with id {@code evId}, whatever their resource. */
  public static void KnNoticeUnsubscribeFromEvent(int notice, long evId) throws RetcodeException {
    Caller c = Caller.get();
    c.kernel().handles().unsubscribeFromEvent(receiver(c, notice), evId);
  }

  /** {@code KnNoticeUnsubscribeFromObject}: removes the receiver's entries for the resource of {@code object}. */
  public static void KnNoticeUnsubscribeFromObject(int notice, int object) throws RetcodeException {
    Caller c = Caller.get();
    c.kernel().handles().unsubscribeFromObject(c.table(), receiver(c, notice), object);
  }

  /**
   * {@code KnNoticeDropAndWake}: removes every entry of the receiver and wakes the threads waiting
   * in {@link #KnNoticeGetEvent} (they get rcAbort); with {@code finish} no entry may be added
   * any more (rcInvalidOperation) and an empty receiver answers GetEvent with rcAbort at once.
   */
  public static void KnNoticeDropAndWake(int notice, boolean finish) throws RetcodeException {
    Caller c = Caller.get();
    NoticeReceiver r = receiver(c, notice);
    r.wakeAll(finish);
    c.kernel().handles().unsubscribeAll(r);
  }

  /** {@code KnNoticeSetObjectEvent}: signals user (specialised-part) events on a resource. */
  public static void KnNoticeSetObjectEvent(int object, int evMask) throws RetcodeException {
    Caller c = Caller.get();
    c.kernel().handles().setObjectEvent(c.table(), object, evMask);
  }

  private static NoticeReceiver receiver(Caller c, int notice) throws RetcodeException {
    return c.kernel().handles().object(c.table(), notice, NoticeReceiver.class, 0);
  }
}
