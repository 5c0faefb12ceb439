package org.kos.libkos;

import java.util.List;
import org.kos.libkos.spi.KernelLink;
import org.kos.rc.RetcodeException;

/** {@code coresrv/handle/notice_api.h}: notification receivers. */
public final class NoticeApi {
  private NoticeApi() {}

  /** {@code KnNoticeCreate}: the handle of a new notification receiver. */
  public static int KnNoticeCreate() throws RetcodeException {
    return KernelLink.get().noticeCreate();
  }

  /** {@code KnNoticeSubscribeToObject}. */
  public static void KnNoticeSubscribeToObject(int notice, int object, int evMask, long evId) throws RetcodeException {
    KernelLink.get().noticeSubscribeToObject(notice, object, evMask, evId);
  }

  /**
   * {@code KnNoticeGetEvent}: up to {@code countMax} notifications, waiting up to {@code msec}
   * ({@link EventDescr#INFINITE_TIMEOUT} for ever); rcTimeout when none came.
   */
  public static List<EventDesc> KnNoticeGetEvent(int notice, long msec, int countMax) throws RetcodeException {
    return KernelLink.get().noticeGetEvent(notice, msec, countMax);
  }

  /** {@code KnNoticeUnsubscribeFromEvent}: removes the receiver's entries with id {@code evId}, whatever their resource. */
  public static void KnNoticeUnsubscribeFromEvent(int notice, long evId) throws RetcodeException {
    KernelLink.get().noticeUnsubscribeFromEvent(notice, evId);
  }

  /** {@code KnNoticeUnsubscribeFromObject}: removes the receiver's entries for the resource of {@code object}. */
  public static void KnNoticeUnsubscribeFromObject(int notice, int object) throws RetcodeException {
    KernelLink.get().noticeUnsubscribeFromObject(notice, object);
  }

  /**
   * {@code KnNoticeDropAndWake}: removes every entry of the receiver and wakes the threads waiting
   * in {@link #KnNoticeGetEvent} (they get rcAbort); with {@code finish} no entry may be added
   * any more (rcInvalidOperation) and an empty receiver answers GetEvent with rcAbort at once.
   */
  public static void KnNoticeDropAndWake(int notice, boolean finish) throws RetcodeException {
    KernelLink.get().noticeDropAndWake(notice, finish);
  }

  /** {@code KnNoticeSetObjectEvent}: signals user (specialised-part) events on a resource. */
  public static void KnNoticeSetObjectEvent(int object, int evMask) throws RetcodeException {
    KernelLink.get().noticeSetObjectEvent(object, evMask);
  }
}
