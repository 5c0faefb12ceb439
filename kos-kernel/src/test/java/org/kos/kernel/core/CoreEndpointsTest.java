package org.kos.kernel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import kl.core.CMProxy;
import kl.core.Common;
import kl.core.CoreEntity;
import kl.core.HandleProxy;
import kl.core.IOProxy;
import kl.core.Notice;
import kl.core.NoticeProxy;
import kl.core.TaskProxy;
import kl.core.TimeProxy;
import kl.core.VMM;
import kl.core.VMMProxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kos.kernel.TestSystem;
import org.kos.kernel.task.ExitInfo;
import org.kos.kernel.vmm.VmFlags;
import org.kos.libkos.EventDescr;
import org.kos.libkos.HandleTypes;
import org.kos.libkos.Ocap;
import org.kos.libkos.Syscalls;
import org.kos.nk.HandleDesc;
import org.kos.rc.Retcode;

/** Programs call the kernel's own endpoints through generated kl.core proxies. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class CoreEndpointsTest {
  @Test
  void unimplementedHardwareMethodAnswersRcUnimplementedInItsRcOutput() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    new TestSystem(Map.of("p", args -> {
      IOProxy io = new IOProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_IO_IO);
      var out = io.registerIrq(5);
      seen.add(out.rc());
      seen.add(out.resource().getHandle());
    })).run();
    assertEquals(List.of(Retcode.rcUnimplemented, 0xFFFFFFFF), seen);
  }

  @Test
  void vmmPageStatesTravelThroughTheCoreEndpoint() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    new TestSystem(Map.of("p", args -> {
      VMMProxy vmm = new VMMProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_VMM_VMM);
      int rw = VmFlags.VMM_FLAG_READ | VmFlags.VMM_FLAG_WRITE;
      VMM.AllocateOut a = vmm.allocate(0, 8192, VmFlags.VMM_FLAG_RESERVE | rw);
      seen.add(a.rc());
      seen.add(vmm.commit(a.va(), 4096, 0));
      VMM.PageInfo info = vmm.query(a.va()).info();
      seen.add(info.equals(new VMM.PageInfo(a.va(), 4096, VmFlags.STATE_COMMITTED, rw)));
      seen.add(vmm.free(a.va(), 8192));
      seen.add(vmm.commit(a.va(), 4096, 0));
    })).run();
    assertEquals(List.of(Retcode.rcOk, Retcode.rcOk, true, Retcode.rcOk, Retcode.rcInvalidOperation), seen);
  }

  @Test
  void userObjectEventReachesNoticeReceiverThroughHandleAndNoticeEndpoints() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    new TestSystem(Map.of("p", args -> {
      HandleProxy handle = new HandleProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_HANDLE_HANDLE);
      NoticeProxy notice = new NoticeProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_NOTICE_NOTICE);
      HandleDesc receiver = notice.create().notify_();
      HandleDesc object = handle.createUserObject(HandleTypes.HANDLE_TYPE_USER_FIRST,
          Ocap.OCAP_HANDLE_GET_EVENT | Ocap.OCAP_HANDLE_SET_EVENT, 7, HandleDesc.of(), 0).handle();
      seen.add(notice.subscribeToObject(receiver, object, EventDescr.OBJECT_EVENT_SPEC(1), 42));
      seen.add(notice.setObjectEvent(object, EventDescr.OBJECT_EVENT_SPEC(1)));
      seen.add(notice.getEvent(receiver, 0).events());
      seen.add(handle.close(object));
      seen.add(handle.close(object));
    })).run();
    assertEquals(List.of(Retcode.rcOk, Retcode.rcOk, List.of(new Notice.EventDesc(42, EventDescr.OBJECT_EVENT_SPEC(1))),
        Retcode.rcOk, Retcode.rcInvalidArgument), seen);
  }

  @Test
  void cmProxyConnectsAndAccepts() throws Exception {
    List<Object> server = new CopyOnWriteArrayList<>();
    List<Object> client = new CopyOnWriteArrayList<>();
    Map<String, org.kos.kernel.task.Program> p = new java.util.LinkedHashMap<>();
    p.put("server", args -> {
      CMProxy cm = new CMProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_CM_CM);
      var l = cm.listen("", 5000);
      server.add(l.client() + " " + l.service());
      server.add(cm.accept(l.client(), l.service(), 3, HandleDesc.of(0xFFFFFFFF, 0)).rc());
    });
    p.put("client", args -> {
      var c = new CMProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_CM_CM).connect("server", "adder.add", 5000);
      client.add(c.rc());
      client.add(c.id());
    });
    new TestSystem(p).run();
    assertEquals(List.of("client adder.add", Retcode.rcOk), server);
    assertEquals(List.of(Retcode.rcOk, 3), client);
  }

  @Test
  void taskNameAndTimeAdjustmentComeBackThroughTheirEndpoints() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    new TestSystem(Map.of("p", args -> {
      seen.add(new TaskProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_TASK_TASK).getName().name());
      TimeProxy time = new TimeProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_TIME_TIME);
      seen.add(time.setSystemTimeAdj(new Common.TimeSpec(100, 0), 1).prev());
      Common.TimeSpec left = time.getSystemTimeAdj().adj();
      long nanos = left.sec() * 1_000_000_000L + left.nsec();
      seen.add(nanos > 99_000_000_000L && nanos <= 100_000_000_000L);
      seen.add(time.setSystemTimeAdj(new Common.TimeSpec(1, 0), 0).rc());
    })).run();
    assertEquals(List.of("p", new Common.TimeSpec(0, 0), true, Retcode.rcInvalidArgument), seen);
  }

  @Test
  void theSystemTimeSetThroughKlCoreTimeIsWhatKnGetSystemTimeReads() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    new TestSystem(Map.of("p", args -> {
      org.kos.libkos.TimeApi.KnSetSystemTime(new Common.TimeSpec(1_000_000_000L, 0));
      Common.TimeSpec now = org.kos.libkos.TimeApi.KnGetSystemTime();
      seen.add(now.sec() >= 1_000_000_000L && now.sec() < 1_000_000_060L);
      seen.add(org.kos.libkos.TimeApi.KnGetUpTime().sec() >= 0);
    })).run();
    assertEquals(List.of(true, true), seen);
  }

  @Test
  void aProgramThatThrowsAfterRecordingFailsTheTestSystemRun() {
    AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> new TestSystem(Map.of("p", args -> {
          throw new IllegalStateException("late");
        })).run());
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("process p did not end well"), e.getMessage());
  }

  @Test
  void implementedMethodsAreTheOnesTheDocsList() {
    assertEquals(List.of("VMM.Allocate", "VMM.Commit", "VMM.Decommit", "VMM.Free", "VMM.Protect", "VMM.Query",
        "Thread.Exit", "Thread.GetAffinity", "Thread.GetInfo", "Thread.GetSchedPolicy", "Thread.OpenCurrent",
        "Thread.Resume", "Thread.SetAffinity", "Thread.SetPriority", "Thread.SetSchedPolicy", "Thread.SetTls",
        "Thread.Sleep", "Thread.Suspend", "Thread.Terminate", "Thread.Wait",
        "Handle.Close", "Handle.Copy", "Handle.CreateBadge", "Handle.CreateUserObject", "Handle.GetSidByHandle",
        "Handle.Revoke", "Handle.RevokeSubtree", "Task.Create", "Task.Exit", "Task.FreeSelfEnv", "Task.GetExitInfo",
        "Task.GetInitialThreadPriority", "Task.GetName", "Task.GetPath", "Task.GetPid", "Task.GetTasksList",
        "Task.Resume", "Task.SetEnv", "Task.SetInitialThreadPriority", "Task.SetInitialThreadSchedPolicy",
        "Task.Terminate", "Task.TransferHandle", "Sync.Wait", "Sync.Wake", "FS.Close", "FS.Count", "FS.GetFsSize",
        "FS.GetId",
        "FS.GetInfo", "FS.GetSize", "FS.Open", "FS.Read", "Time.GetSystemTimeAdj", "Time.SetSystemTime",
        "Time.SetSystemTimeAdj", "Audit.Close", "Audit.Open", "Audit.Read", "Profiler.GetCounters",
        "Profiler.ObjectGetStat", "CM.Accept", "CM.Connect", "CM.Drop", "CM.Listen", "Notice.Create",
        "Notice.DropAndWake", "Notice.GetEvent", "Notice.SetObjectEvent", "Notice.SubscribeToObject",
        "Notice.UnsubscribeFromEvent", "Notice.UnsubscribeFromObject"), CoreEndpoints.implemented());
  }
}
