package org.kos.kernel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import kl.core.CoreEntity;
import kl.core.Handle;
import kl.core.HandleProxy;
import kl.core.Notice;
import kl.core.NoticeProxy;
import kl.core.ProfilerProxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kos.kernel.Kernel;
import org.kos.kernel.TestSystem;
import org.kos.kernel.task.ExitInfo;
import org.kos.kernel.task.Process;
import org.kos.libkos.EventDescr;
import org.kos.libkos.HandleApi;
import org.kos.libkos.HandleTypes;
import org.kos.libkos.Ocap;
import org.kos.libkos.Syscalls;
import org.kos.nk.HandleDesc;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/** kl.core.Handle Copy and GetSidByHandle, and Profiler.ObjectGetStat, through the generated proxies. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HandleEndpointTest {
  static final int READ = Ocap.OCAP_HANDLE_SPEC(1);
  static final int FULL = Ocap.OCAP_HANDLE_TRANSFER | Ocap.OCAP_HANDLE_GET_SID | Ocap.OCAP_HANDLE_GET_EVENT | READ;

  static HandleProxy handle() throws RetcodeException {
    return new HandleProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_HANDLE_HANDLE);
  }

  static HandleDesc userObject(int rights) throws Exception {
    return handle().createUserObject(HandleTypes.HANDLE_TYPE_USER_FIRST, rights, 0, HandleDesc.of(), 0).handle();
  }

  static void run(org.kos.kernel.task.Program body) throws Exception {
    run(Kernel.DEFAULT_HANDLE_QUOTA, body);
  }

  static void run(int handleQuota, org.kos.kernel.task.Program body) throws Exception {
    Map<String, ExitInfo> exits = new TestSystem(Map.of("p", body), handleQuota, Kernel.DEFAULT_MEMORY_QUOTA).run();
    assertEquals(ExitInfo.Reason.EXITED, exits.get("p").reason(), exits.get("p").detail());
  }

  static int heldRights(HandleDesc h) throws RetcodeException {
    return Kernel.current().handles().rights(Process.current().table(), h.getHandle());
  }

  @Test
  void copyGivesTheCallerANewHandleWithTheRequestedFewerRights() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      HandleDesc original = userObject(FULL);
      Handle.CopyOut copy = handle().copy(original, Ocap.OCAP_HANDLE_GET_SID | READ, HandleDesc.of());
      seen.add(copy.rc());
      seen.add(copy.outHandle().getHandle() != original.getHandle());
      seen.add(heldRights(copy.outHandle()) == (Ocap.OCAP_HANDLE_GET_SID | READ));
      seen.add(HandleApi.handleCount());
    });
    assertEquals(List.of(Retcode.rcOk, true, true, 2), seen);
  }

  @Test
  void copyWithMoreRightsThanHeldIsDisallowedAndCreatesNothing() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      HandleDesc original = userObject(Ocap.OCAP_HANDLE_GET_SID);
      seen.add(handle().copy(original, Ocap.OCAP_HANDLE_GET_SID | READ, HandleDesc.of()).rc());
      seen.add(HandleApi.handleCount());
    });
    assertEquals(List.of(Retcode.rcSecurityDisallow, 1), seen);
  }

  @Test
  void copyOfAnUnknownHandleIsAnInvalidArgument() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> seen.add(handle().copy(HandleDesc.of(77, 0), 0, HandleDesc.of()).rc()));
    assertEquals(List.of(Retcode.rcInvalidArgument), seen);
  }

  @Test
  void revokingTheOriginalRevokesTheCopy() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      HandleDesc original = userObject(FULL);
      HandleDesc copy = handle().copy(original, FULL, HandleDesc.of()).outHandle();
      seen.add(handle().revoke(original));
      seen.add(handle().getSidByHandle(copy).rc());
      seen.add(handle().copy(copy, 0, HandleDesc.of()).rc());
    });
    assertEquals(List.of(Retcode.rcOk, Retcode.rcHandleRevoked, Retcode.rcHandleRevoked), seen);
  }

  @Test
  void closingTheOriginalLeavesTheCopyUsable() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      HandleDesc original = userObject(FULL);
      int sid = handle().getSidByHandle(original).sid();
      HandleDesc copy = handle().copy(original, FULL, HandleDesc.of()).outHandle();
      seen.add(handle().close(original));
      seen.add(handle().getSidByHandle(copy).sid() == sid);
    });
    assertEquals(List.of(Retcode.rcOk, true), seen);
  }

  @Test
  void revokeSubtreeWithTheCopysBadgeRevokesJustThatCopyAndClosesTheBadge() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      NoticeProxy notice = new NoticeProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_NOTICE_NOTICE);
      HandleDesc receiver = notice.create().notify_();
      HandleDesc badge = handle().createBadge(receiver, 9, 0).badge();
      HandleDesc original = userObject(FULL);
      HandleDesc marked = handle().copy(original, FULL, badge).outHandle();
      HandleDesc plain = handle().copy(original, FULL, HandleDesc.of()).outHandle();
      seen.add(handle().revokeSubtree(original, badge));
      seen.add(handle().getSidByHandle(marked).rc());
      seen.add(handle().getSidByHandle(plain).rc());
      seen.add(notice.getEvent(receiver, 0).events());
    });
    assertEquals(List.of(Retcode.rcOk, Retcode.rcHandleRevoked, Retcode.rcOk,
        List.of(new Notice.EventDesc(9, EventDescr.EVENT_BADGE_CLOSED))), seen);
  }

  @Test
  void aBadgeAlreadyUsedForACopyCannotMarkAnother() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      HandleDesc receiver = new NoticeProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_NOTICE_NOTICE).create()
          .notify_();
      HandleDesc badge = handle().createBadge(receiver, 9, 0).badge();
      HandleDesc original = userObject(FULL);
      seen.add(handle().copy(original, FULL, badge).rc());
      seen.add(handle().copy(original, FULL, badge).rc());
    });
    assertEquals(List.of(Retcode.rcOk, Retcode.rcInvalidArgument), seen);
  }

  @Test
  void copiesCountAgainstTheHandleQuota() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(2, args -> {
      int original = HandleApi.KnHandleCreateUserObject(HandleTypes.HANDLE_TYPE_USER_FIRST, FULL, 0);
      HandleApi.KnHandleCopy(original, READ, HandleDesc.NO_BADGE);
      try {
        HandleApi.KnHandleCopy(original, READ, HandleTypes.INVALID_HANDLE);
      } catch (RetcodeException e) {
        seen.add(e.rc());
      }
    });
    assertEquals(List.of(Retcode.rcQuotaExceeded), seen);
  }

  @Test
  void theSidIsTheSameThroughEveryHandleToAResourceAndDiffersBetweenResources() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      HandleDesc a = userObject(FULL);
      HandleDesc a2 = handle().copy(a, Ocap.OCAP_HANDLE_GET_SID, HandleDesc.of()).outHandle();
      HandleDesc b = userObject(FULL);
      Handle.GetSidByHandleOut sa = handle().getSidByHandle(a);
      seen.add(sa.rc());
      seen.add(sa.sid() != 0);
      seen.add(handle().getSidByHandle(a2).sid() == sa.sid());
      seen.add(handle().getSidByHandle(b).sid() == sa.sid());
    });
    assertEquals(List.of(Retcode.rcOk, true, true, false), seen);
  }

  @Test
  void getSidWithoutTheGetSidRightIsDisallowed() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> seen.add(handle().getSidByHandle(userObject(READ)).rc()));
    assertEquals(List.of(Retcode.rcSecurityDisallow), seen);
  }

  @Test
  void facadeGetSidMatchesTheEndpoint() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      HandleDesc a = userObject(FULL);
      seen.add(HandleApi.KnHandleGetSidByHandle(a.getHandle()) == handle().getSidByHandle(a).sid());
    });
    assertEquals(List.of(true), seen);
  }

  @Test
  void objectGetStatReportsTheResourcesHandlesEntriesTypeAndSid() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      NoticeProxy notice = new NoticeProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_NOTICE_NOTICE);
      HandleDesc a = userObject(FULL);
      handle().copy(a, READ, HandleDesc.of());
      handle().copy(a, READ, HandleDesc.of());
      notice.subscribeToObject(notice.create().notify_(), a, EventDescr.EVENT_OBJECT_DESTROYED, 1);
      var stat = new ProfilerProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_PROFILER_PROFILER)
          .objectGetStat(a, List.of("handles", "entries", "type", "sid"));
      seen.add(stat.rc());
      seen.add(List.of(stat.values()[0], stat.values()[1], stat.values()[2]));
      seen.add(stat.values()[3] == handle().getSidByHandle(a).sid());
    });
    assertEquals(List.of(Retcode.rcOk, List.of(3L, 1L, (long) HandleTypes.HANDLE_TYPE_USER_FIRST), true), seen);
  }

  @Test
  void objectGetStatHasNoTypeForAKernelObject() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      HandleDesc receiver = new NoticeProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_NOTICE_NOTICE).create()
          .notify_();
      var stat = new ProfilerProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_PROFILER_PROFILER)
          .objectGetStat(receiver, List.of("handles", "type"));
      seen.add(stat.rc());
      seen.add(stat.values().length);
    });
    assertEquals(List.of(Retcode.rcResourceNotFound, 0), seen);
  }

  @Test
  void objectGetStatOfAnUnknownHandleIsAnInvalidArgument() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> seen.add(new ProfilerProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_PROFILER_PROFILER)
        .objectGetStat(HandleDesc.of(55, 0), List.of("handles")).rc()));
    assertEquals(List.of(Retcode.rcInvalidArgument), seen);
  }
}
