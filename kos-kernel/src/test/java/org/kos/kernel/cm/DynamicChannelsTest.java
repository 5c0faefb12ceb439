package org.kos.kernel.cm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kos.libkos.CmApi.INVALID_HANDLE;
import static org.kos.libkos.CmApi.KnCmAccept;
import static org.kos.libkos.CmApi.KnCmConnect;
import static org.kos.libkos.CmApi.KnCmDrop;
import static org.kos.libkos.CmApi.KnCmListen;
import static org.kos.libkos.NsApi.NsCreate;
import static org.kos.libkos.NsApi.NsEnumServices;
import static org.kos.libkos.NsApi.NsPublishService;
import static org.kos.libkos.NsApi.NsUnPublishService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kos.kernel.TestSystem;
import org.kos.kernel.task.ExitInfo;
import org.kos.kernel.task.Program;
import org.kos.libkos.CmApi;
import org.kos.libkos.NsApi;
import org.kos.libkos.Syscalls;
import org.kos.nk.Arena;
import org.kos.nk.NkMessage;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class DynamicChannelsTest {
  static final String TYPE = "demo.Adder";
  static final String SERVICE = "adder.add";

  static NkMessage request(int value) {
    NkMessage m = new NkMessage(32);
    m.reset(0, 0, 0, 32);
    m.putS32(24, value);
    return m;
  }

  /** Calls "add one" through {@code handle} and returns the answer. */
  static int addOne(int handle, int value) throws RetcodeException {
    NkMessage res = new NkMessage(32);
    Syscalls.Call(handle, request(value), new Arena(0), res, new Arena(0));
    return res.getS32(24);
  }

  /** Answers {@code n} "add one" requests on {@code handle}. */
  static void serve(int handle, int n) throws RetcodeException {
    NkMessage req = new NkMessage(32);
    for (int i = 0; i < n; i++) {
      Syscalls.Recv(handle, req, new Arena(0));
      NkMessage res = new NkMessage(32);
      res.reset(req.riid(), req.mid(), 0, 32);
      res.putS32(24, req.getS32(24) + 1);
      Syscalls.Reply(handle, res, new Arena(0));
    }
  }

  static void check(Map<String, ExitInfo> exits) {
    exits.forEach((name, e) -> assertEquals(ExitInfo.Reason.EXITED, e.reason(), name + ": " + e.detail()));
  }

  @Test
  void clientFindsServerOnNameServerAndCallsItThroughAcceptedChannel() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    Map<String, Program> p = new LinkedHashMap<>();
    p.put("server", args -> {
      int ns = NsCreate(null, 1000);
      NsPublishService(ns, TYPE, "server", SERVICE);
      CmApi.Request r = KnCmListen(null, 5000);
      seen.add(r);
      int handle = KnCmAccept(r.client(), r.service(), 0, INVALID_HANDLE);
      serve(handle, 1);
    });
    p.put("client", args -> {
      int ns = NsCreate(null, 1000);
      NsApi.Service s = null;
      while (s == null) {
        try {
          s = NsEnumServices(ns, TYPE, 0);
        } catch (RetcodeException e) {
          Thread.sleep(1);
        }
      }
      CmApi.Connection c = KnCmConnect(s.server(), s.service(), 5000);
      seen.add(c.rsid());
      seen.add(addOne(c.handle(), 41));
    });
    check(new TestSystem(p).run());
    assertEquals(List.of(new CmApi.Request("client", SERVICE), 0, 42), seen);
  }

  @Test
  void droppedRequestEndsConnectWithNotConnected() throws Exception {
    List<Integer> seen = new CopyOnWriteArrayList<>();
    Map<String, Program> p = new LinkedHashMap<>();
    p.put("server", args -> {
      CmApi.Request r = KnCmListen(null, 5000);
      KnCmDrop(r.client(), r.service());
    });
    p.put("client", args -> seen.add(assertThrows(RetcodeException.class,
        () -> KnCmConnect("server", SERVICE, 5000)).rc()));
    check(new TestSystem(p).run());
    assertEquals(List.of(Retcode.rcNotConnected), seen);
  }

  @Test
  void connectNobodyListensToTimesOut() throws Exception {
    List<Integer> seen = new CopyOnWriteArrayList<>();
    Map<String, Program> p = Map.of("client", args -> seen.add(
        assertThrows(RetcodeException.class, () -> KnCmConnect("nobody", SERVICE, 50)).rc()));
    check(new TestSystem(p).run());
    assertEquals(List.of(Retcode.rcTimeout), seen);
  }

  @Test
  void acceptingWithAnExistingListenerPutsBothChannelsInOneGroup() throws Exception {
    List<Integer> answers = new CopyOnWriteArrayList<>();
    List<Integer> serverHandles = new CopyOnWriteArrayList<>();
    CountDownLatch connected = new CountDownLatch(2);
    Map<String, Program> p = new LinkedHashMap<>();
    p.put("server", args -> {
      int listener = INVALID_HANDLE;
      for (int i = 0; i < 2; i++) {
        CmApi.Request r = KnCmListen(null, 5000);
        listener = KnCmAccept(r.client(), r.service(), 0, listener);
        serverHandles.add(listener);
      }
      serve(listener, 2);
    });
    for (String name : List.of("client1", "client2")) {
      p.put(name, args -> {
        CmApi.Connection c = KnCmConnect("server", SERVICE, 5000);
        connected.countDown();
        connected.await();
        answers.add(addOne(c.handle(), name.endsWith("1") ? 1 : 10));
      });
    }
    check(new TestSystem(p).run());
    assertEquals(serverHandles.get(0), serverHandles.get(1));
    List<Integer> sorted = new ArrayList<>(answers);
    sorted.sort(null);
    assertEquals(List.of(2, 11), sorted);
  }

  @Test
  void acceptWithoutListenedRequestIsResourceNotFound() throws Exception {
    List<Integer> seen = new CopyOnWriteArrayList<>();
    Map<String, Program> p = Map.of("server", args -> seen.add(assertThrows(RetcodeException.class,
        () -> KnCmAccept("client", SERVICE, 0, INVALID_HANDLE)).rc()));
    check(new TestSystem(p).run());
    assertEquals(List.of(Retcode.rcResourceNotFound), seen);
  }

  @Test
  void nameServerEnumeratesPerTypeInPublicationOrderAndUnpublishes() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    Map<String, Program> p = Map.of("server", args -> {
      int ns = NsCreate(null, 1000);
      NsPublishService(ns, TYPE, "server", "a");
      NsPublishService(ns, "other.Type", "server", "x");
      NsPublishService(ns, TYPE, "server", "b");
      seen.add(NsEnumServices(ns, TYPE, 0));
      seen.add(NsEnumServices(ns, TYPE, 1));
      seen.add(assertThrows(RetcodeException.class, () -> NsEnumServices(ns, TYPE, 2)).rc());
      seen.add(assertThrows(RetcodeException.class, () -> NsPublishService(ns, TYPE, "server", "a")).rc());
      NsUnPublishService(ns, TYPE, "server", "a");
      seen.add(NsEnumServices(ns, TYPE, 0));
      seen.add(assertThrows(RetcodeException.class, () -> NsUnPublishService(ns, TYPE, "server", "a")).rc());
    });
    check(new TestSystem(p).run());
    assertEquals(List.of(new NsApi.Service("server", "a"), new NsApi.Service("server", "b"),
        Retcode.rcResourceNotFound, Retcode.rcAlreadyExists, new NsApi.Service("server", "b"),
        Retcode.rcResourceNotFound), seen);
  }

  @Test
  void publicationsGoWhenThePublisherExits() throws Exception {
    Map<String, Program> p = Map.of("server", args -> NsPublishService(NsCreate(null, 1000), TYPE, "server", "a"));
    TestSystem system = new TestSystem(p);
    check(system.run());
    RetcodeException e = assertThrows(RetcodeException.class,
        () -> system.kernel().nameServer(null).enumerate(TYPE, 0));
    assertEquals(Retcode.rcResourceNotFound, e.rc());
  }

  @Test
  void nsCreateForAMissingNameServerTimesOut() throws Exception {
    List<Integer> seen = new CopyOnWriteArrayList<>();
    Map<String, Program> p = Map.of("client", args -> seen.add(
        assertThrows(RetcodeException.class, () -> NsCreate("elsewhere", 20)).rc()));
    check(new TestSystem(p).run());
    assertEquals(List.of(Retcode.rcTimeout), seen);
  }
}
