package org.kos.kernel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kl.core.Audit;
import kl.core.AuditProxy;
import kl.core.CoreEntity;
import kl.core.ProfilerProxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kos.kernel.TestSystem;
import org.kos.kernel.audit.KernelLog;
import org.kos.kernel.fs.BootImage;
import org.kos.kernel.security.IpcMessageEvent;
import org.kos.kernel.security.SecurityMonitor;
import org.kos.kernel.task.Program;
import org.kos.libkos.CmApi;
import org.kos.libkos.Syscalls;
import org.kos.nk.Arena;
import org.kos.nk.HandleDesc;
import org.kos.nk.NkMessage;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/** kl.core.Audit reads the kernel logs; Profiler.GetCounters reads the kernel's statistics. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class AuditAndCountersTest {
  /** Refuses requests for method 1, allows everything else. */
  /** Refuses method 1 on the test's own channel (kl.core calls pass the monitor too: they are let through). */
  static final SecurityMonitor NO_MID_1 = m -> m.mid() != 1 || m.channel().equals("kl.core");

  static AuditProxy audit() throws RetcodeException {
    return new AuditProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_AUDIT_AUDIT);
  }

  static ProfilerProxy profiler() throws RetcodeException {
    return new ProfilerProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_PROFILER_PROFILER);
  }

  static int call(int handle, int mid) {
    NkMessage req = new NkMessage(32);
    req.reset(0, mid, 0, 32);
    try {
      Syscalls.Call(handle, req, new Arena(0), new NkMessage(32), new Arena(0));
      return Retcode.rcOk;
    } catch (RetcodeException e) {
      return e.rc();
    }
  }

  /** A server answering one request, and a client calling method 0 (allowed) and 1 (refused). */
  static Map<String, Program> clientAndServer(List<Object> seen, Program afterCalls) {
    CountDownLatch done = new CountDownLatch(1);
    Map<String, Program> p = new LinkedHashMap<>();
    p.put("server", args -> {
      CmApi.Request r = CmApi.KnCmListen(null, 5000);
      int h = CmApi.KnCmAccept(r.client(), r.service(), 0, CmApi.INVALID_HANDLE);
      NkMessage req = new NkMessage(32);
      Syscalls.Recv(h, req, new Arena(0));
      NkMessage res = new NkMessage(32);
      res.reset(req.riid(), req.mid(), 0, 32);
      Syscalls.Reply(h, res, new Arena(0));
      done.await(5, TimeUnit.SECONDS);
    });
    p.put("client", args -> {
      int h = CmApi.KnCmConnect("server", "svc", 5000).handle();
      seen.add(call(h, 0));
      seen.add(call(h, 1));
      afterCalls.main(args);
      done.countDown();
    });
    return p;
  }

  @Test
  void refusedRequestIsRecordedInTheKssLogOnce() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    new TestSystem(clientAndServer(seen, args -> {
      HandleDesc kss = audit().open("kss").handle();
      Audit.ReadOut first = audit().read(kss);
      seen.add(new String(first.msg(), StandardCharsets.UTF_8));
      seen.add(first.outDropMsgs());
      seen.add(audit().read(kss).rc());
      seen.add(audit().close(kss));
    }), BootImage.NONE, NO_MID_1).run();
    assertEquals(List.of(Retcode.rcOk, Retcode.rcSecurityDisallow,
        "deny request client -> server channel=svc riid=0 mid=1", 0, Retcode.rcResourceNotFound, Retcode.rcOk), seen);
  }

  @Test
  void ipcCountersCountMonitorDecisions() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    new TestSystem(clientAndServer(seen, args -> {
      long[] v = profiler().getCounters("ipc.", List.of("requests", "responses", "denied")).values();
      seen.add(List.of(v[0], v[1], v[2]));
    }), BootImage.NONE, NO_MID_1).run();
    assertEquals(List.of(Retcode.rcOk, Retcode.rcSecurityDisallow, List.of(2L, 1L, 1L)), seen);
  }

  @Test
  void taskAndHandleCountersDescribeTheRunningSystem() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    new TestSystem(Map.of("p", args -> {
      long before = profiler().getCounters("", List.of("handle.count")).values()[0];
      HandleDesc log = audit().open("core").handle();
      long[] v = profiler().getCounters("", List.of("task.created", "handle.count")).values();
      seen.add(v[0]);
      seen.add(v[1] - before);
      audit().close(log);
    })).run();
    assertEquals(List.of(2L, 1L), seen);
  }

  @Test
  void unknownCounterAnswersResourceNotFoundWithoutValues() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    new TestSystem(Map.of("p", args -> {
      var out = profiler().getCounters("task.", List.of("created", "bogus"));
      seen.add(out.rc());
      seen.add(out.values().length);
    })).run();
    assertEquals(List.of(Retcode.rcResourceNotFound, 0), seen);
  }

  @Test
  void coreLogTellsWhenTasksAreCreated() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    new TestSystem(Map.of("p", args -> {
      HandleDesc core = audit().open("core").handle();
      seen.add(new String(audit().read(core).msg(), StandardCharsets.UTF_8));
      seen.add(new String(audit().read(core).msg(), StandardCharsets.UTF_8));
    })).run();
    assertEquals(List.of("task Einit created: pid 1, class Einit, path einit",
        "task p created: pid 2, class p, path p"), seen);
  }

  @Test
  void unknownLogAnswersResourceNotFound() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    new TestSystem(Map.of("p", args -> seen.add(audit().open("syslog").rc()))).run();
    assertEquals(List.of(Retcode.rcResourceNotFound), seen);
  }

  @Test
  void fullLogDropsNewMessagesAndReportsHowManyOnTheNextRead() {
    KernelLog log = new KernelLog("kss", 2);
    log.write("a");
    log.write("b");
    log.write("c");
    log.write("d");
    KernelLog.Entry first = log.take();
    KernelLog.Entry second = log.take();
    assertEquals(List.of("a", 2, "b", 0, true), List.of(new String(first.message(), StandardCharsets.UTF_8),
        first.dropped(), new String(second.message(), StandardCharsets.UTF_8), second.dropped(), log.take() == null));
  }
}
