package org.kos.kernel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import kl.core.CoreEntity;
import kl.core.HandleProxy;
import kl.core.Notice;
import kl.core.NoticeProxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kos.kernel.Kernel;
import org.kos.kernel.TestSystem;
import org.kos.kernel.notice.NoticeReceiver;
import org.kos.kernel.task.ExitInfo;
import org.kos.kernel.task.Process;
import org.kos.libkos.HandleTypes;
import org.kos.libkos.NoticeApi;
import org.kos.libkos.Ocap;
import org.kos.libkos.Syscalls;
import org.kos.libkos.TaskApi;
import org.kos.nk.HandleDesc;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/** kl.core.Notice: unsubscribing and DropAndWake, through the generated proxy. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class NoticeEndpointTest {
  static final int EV = org.kos.libkos.EventDescr.OBJECT_EVENT_SPEC(1);

  static NoticeProxy notice() throws RetcodeException {
    return new NoticeProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_NOTICE_NOTICE);
  }

  static HandleDesc userObject() throws Exception {
    return new HandleProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_HANDLE_HANDLE).createUserObject(
        HandleTypes.HANDLE_TYPE_USER_FIRST, Ocap.OCAP_HANDLE_GET_EVENT | Ocap.OCAP_HANDLE_SET_EVENT, 0,
        HandleDesc.of(), 0).handle();
  }

  static void run(org.kos.kernel.task.Program body) throws Exception {
    Map<String, ExitInfo> exits = new TestSystem(Map.of("p", body)).run();
    assertEquals(ExitInfo.Reason.EXITED, exits.get("p").reason(), exits.get("p").detail());
  }

  /** Ids of the notifications waiting in {@code receiver}, or the rc when there are none. */
  static Object ids(HandleDesc receiver) throws Exception {
    Notice.GetEventOut out = notice().getEvent(receiver, 0);
    return out.rc() == Retcode.rcOk ? out.events().stream().map(Notice.EventDesc::evId).toList() : out.rc();
  }

  @Test
  void unsubscribeFromEventRemovesTheEntriesWithThatIdOnAnyResource() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      HandleDesc r = notice().create().notify_();
      HandleDesc a = userObject();
      HandleDesc b = userObject();
      notice().subscribeToObject(r, a, EV, 1);
      notice().subscribeToObject(r, b, EV, 1);
      notice().subscribeToObject(r, b, EV, 2);
      seen.add(notice().unsubscribeFromEvent(r, 1));
      notice().setObjectEvent(a, EV);
      notice().setObjectEvent(b, EV);
      seen.add(ids(r));
    });
    assertEquals(List.of(Retcode.rcOk, List.of(2L)), seen);
  }

  @Test
  void unsubscribeFromObjectRemovesEveryEntryOfThatResourceOnly() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      HandleDesc r = notice().create().notify_();
      HandleDesc a = userObject();
      HandleDesc b = userObject();
      notice().subscribeToObject(r, a, EV, 1);
      notice().subscribeToObject(r, a, EV, 2);
      notice().subscribeToObject(r, b, EV, 3);
      seen.add(notice().unsubscribeFromObject(r, a));
      notice().setObjectEvent(a, EV);
      notice().setObjectEvent(b, EV);
      seen.add(ids(r));
    });
    assertEquals(List.of(Retcode.rcOk, List.of(3L)), seen);
  }

  @Test
  void unsubscribeFromAnUnknownObjectHandleIsAnInvalidArgument() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> seen.add(notice().unsubscribeFromObject(notice().create().notify_(), HandleDesc.of(999, 0))));
    assertEquals(List.of(Retcode.rcInvalidArgument), seen);
  }

  @Test
  void unsubscribeThroughAHandleThatIsNoReceiverIsAnInvalidArgument() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> seen.add(notice().unsubscribeFromEvent(userObject(), 1)));
    assertEquals(List.of(Retcode.rcInvalidArgument), seen);
  }

  @Test
  void dropAndWakeWakesAThreadWaitingForNotificationsWithAbort() throws Exception {
    List<Object> waiter = new CopyOnWriteArrayList<>();
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      HandleDesc r = notice().create().notify_();
      NoticeReceiver receiver = Kernel.current().handles().object(Process.current().table(), r.getHandle(),
          NoticeReceiver.class, 0);
      Thread t = TaskApi.KosThreadCreate(() -> {
        try {
          waiter.add(notice().getEvent(r, 10_000).rc());
        } catch (Exception e) {
          waiter.add(e.toString());
        }
      }, "waiter");
      while (receiver.waiting() == 0) {
        Thread.sleep(1);
      }
      seen.add(notice().dropAndWake(r, 0));
      t.join();
      seen.add(receiver.waiting());
    });
    assertEquals(List.of(Retcode.rcAbort), waiter);
    assertEquals(List.of(Retcode.rcOk, 0), seen);
  }

  @Test
  void dropAndWakeRemovesEveryEntryButTheReceiverTakesNewOnes() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      HandleDesc r = notice().create().notify_();
      HandleDesc a = userObject();
      notice().subscribeToObject(r, a, EV, 1);
      notice().dropAndWake(r, 0);
      notice().setObjectEvent(a, EV);
      seen.add(ids(r));
      seen.add(notice().subscribeToObject(r, a, EV, 2));
      notice().setObjectEvent(a, EV);
      seen.add(ids(r));
    });
    assertEquals(List.of(Retcode.rcTimeout, Retcode.rcOk, List.of(2L)), seen);
  }

  @Test
  void aFinishedReceiverRefusesEntriesAndAnswersAbortOnceEmpty() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      HandleDesc r = notice().create().notify_();
      HandleDesc a = userObject();
      notice().subscribeToObject(r, a, EV, 1);
      notice().setObjectEvent(a, EV);
      seen.add(notice().dropAndWake(r, 1));
      seen.add(notice().subscribeToObject(r, a, EV, 2));
      seen.add(new HandleProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_HANDLE_HANDLE).createBadge(r, 3, 0).rc());
      seen.add(ids(r)); // what arrived before DropAndWake stays
      seen.add(notice().getEvent(r, -1).rc()); // nothing can come any more: no wait
    });
    assertEquals(List.of(Retcode.rcOk, Retcode.rcInvalidOperation, Retcode.rcInvalidOperation, List.of(1L),
        Retcode.rcAbort), seen);
  }

  @Test
  void facadeUnsubscribeFromEventStopsItsNotifications() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      int r = NoticeApi.KnNoticeCreate();
      int a = org.kos.libkos.HandleApi.KnHandleCreateUserObject(HandleTypes.HANDLE_TYPE_USER_FIRST,
          Ocap.OCAP_HANDLE_GET_EVENT | Ocap.OCAP_HANDLE_SET_EVENT, 0);
      NoticeApi.KnNoticeSubscribeToObject(r, a, EV, 5);
      NoticeApi.KnNoticeUnsubscribeFromObject(r, a);
      NoticeApi.KnNoticeSetObjectEvent(a, EV);
      try {
        NoticeApi.KnNoticeGetEvent(r, 0, 8);
      } catch (RetcodeException e) {
        seen.add(e.rc());
      }
    });
    assertEquals(List.of(Retcode.rcTimeout), seen);
  }
}
