package org.kos.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kos.libkos.EntityApi.EntityConnectToService;
import static org.kos.libkos.EntityApi.EntityInitEx;
import static org.kos.libkos.EntityApi.EntityRun;
import static org.kos.libkos.EntityApi.EntitySetArgs;
import static org.kos.libkos.EntityApi.EntitySetEnv;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kos.kernel.ipc.Ipc;
import org.kos.kernel.sl.ServiceLocator;
import org.kos.kernel.task.ExitInfo;
import org.kos.kernel.task.Process;
import org.kos.kernel.task.Program;
import org.kos.kernel.task.ProgramSource;
import org.kos.libkos.EndpointInfo;
import org.kos.libkos.Entity;
import org.kos.libkos.EntityInfo;
import org.kos.libkos.HandleApi;
import org.kos.libkos.HandleTypes;
import org.kos.libkos.Ocap;
import org.kos.libkos.SlApi;
import org.kos.libkos.Syscalls;
import org.kos.libkos.TaskApi;
import org.kos.nk.Arena;
import org.kos.nk.NkMessage;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ProcessesTest {
  static final EntityInfo SERVER = new EntityInfo("demo.Server", List.of(
      new EndpointInfo("demo.Adder.add", 0, "demo.Adder"), new EndpointInfo("adder.add", 0, "demo.Adder"),
      new EndpointInfo("demo.Server.log", 1, "demo.Log"), new EndpointInfo("log", 1, "demo.Log")));
  static final EntityInfo CLIENT = EntityInfo.of("demo.Client");

  Kernel kernel;

  @AfterEach
  void shutdown() {
    if (kernel != null) {
      kernel.shutdown();
    }
  }

  /** Boots a system whose Einit starts server and client connected by channel "adder". */
  Process boot(Program server, Program client) throws Exception {
    Program einit = args -> {
      Entity s = EntityInitEx(SERVER, "server", "server");
      Entity c = EntityInitEx(CLIENT, "client", "client");
      EntitySetArgs(s, "server");
      EntitySetArgs(c, "client", "--count", "2");
      EntitySetEnv(c, "MODE=test");
      EntityConnectToService(c, s, "adder");
      EntityRun(s);
      EntityRun(c);
    };
    kernel = new Kernel(ProgramSource.of(Map.of("einit", einit, "server", server, "client", client)));
    return kernel.boot("einit");
  }

  static NkMessage request(int value) {
    NkMessage m = new NkMessage(32);
    m.reset(0, 0, 0, 32);
    m.putS32(24, value);
    return m;
  }

  /** Serves "add one" requests until the process ends. */
  static void addOneServer(String[] args) throws Exception {
    int listener = SlApi.ServiceLocatorRegister("adder");
    NkMessage req = new NkMessage(32);
    Arena arena = new Arena(0);
    while (true) {
      Syscalls.Recv(listener, req, arena);
      NkMessage res = request(req.getS32(24) + 1);
      Syscalls.Reply(listener, res, null);
    }
  }

  /** How process {@code name} ended; waits for Einit first, which creates every process. */
  ExitInfo exitOf(String name) throws InterruptedException {
    kernel.processes().get(0).awaitExit(10, TimeUnit.SECONDS);
    for (Process p : kernel.processes()) {
      if (p.name().equals(name)) {
        return p.awaitExit(10, TimeUnit.SECONDS);
      }
    }
    throw new AssertionError("no process " + name);
  }

  @Test
  void einitStartsConnectedProcessesThatTalkThroughTheServiceLocator() throws Exception {
    CompletableFuture<String> seen = new CompletableFuture<>();
    boot(ProcessesTest::addOneServer, args -> {
      int h = SlApi.ServiceLocatorConnect("adder");
      int riid = SlApi.ServiceLocatorGetRiid(h, "adder.add");
      int riidQualified = SlApi.ServiceLocatorGetRiid(h, "demo.Adder.add");
      int logRiid = SlApi.ServiceLocatorGetRiid(h, "log");
      NkMessage res = new NkMessage(32);
      Syscalls.Call(h, request(41), null, res, new Arena(0));
      seen.complete(res.getS32(24) + " " + riid + riidQualified + logRiid + " " + String.join(",", args) + " "
          + TaskApi.getenv("MODE") + " " + TaskApi.KnTaskGetName() + " " + TaskApi.argv().get(0));
    });
    assertEquals("42 001 --count,2 test client client", seen.get(10, TimeUnit.SECONDS));
    assertEquals(new ExitInfo(ExitInfo.Reason.EXITED, 0, ""), exitOf("client"));
    assertEquals(ExitInfo.Reason.EXITED, exitOf("Einit").reason());
  }

  @Test
  void anUnknownEndpointNameIsNotFound() throws Exception {
    CompletableFuture<Integer> rc = new CompletableFuture<>();
    boot(ProcessesTest::addOneServer, args -> {
      try {
        SlApi.ServiceLocatorGetRiid(SlApi.ServiceLocatorConnect("adder"), "nope");
        rc.complete(Retcode.rcOk);
      } catch (RetcodeException e) {
        rc.complete(e.rc());
      }
    });
    assertEquals(Retcode.rcResourceNotFound, rc.get(10, TimeUnit.SECONDS));
  }

  @Test
  void aServerThatDiesDuringACallWakesTheClientWithNotConnected() throws Exception {
    CompletableFuture<Integer> rc = new CompletableFuture<>();
    boot(args -> {
      int listener = SlApi.ServiceLocatorRegister("adder");
      Syscalls.Recv(listener, new NkMessage(32), new Arena(0));
      throw new IllegalStateException("server bug");
    }, args -> {
      try {
        Syscalls.Call(SlApi.ServiceLocatorConnect("adder"), request(1), null, new NkMessage(32), new Arena(0));
        rc.complete(Retcode.rcOk);
      } catch (RetcodeException e) {
        rc.complete(e.rc());
      }
    });
    assertEquals(Retcode.rcNotConnected, rc.get(10, TimeUnit.SECONDS));
    ExitInfo server = exitOf("server");
    assertEquals(ExitInfo.Reason.UNCAUGHT_EXCEPTION, server.reason());
    assertTrue(server.detail().contains("server bug"), server.detail());
  }

  @Test
  void anUncaughtExceptionInAnyThreadEndsTheProcess() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    boot(ProcessesTest::addOneServer, args -> {
      TaskApi.KosThreadCreate(() -> {
        throw new IllegalArgumentException("worker failed");
      }, "worker");
      never.await();
    });
    ExitInfo client = exitOf("client");
    assertEquals(ExitInfo.Reason.UNCAUGHT_EXCEPTION, client.reason());
    assertTrue(client.detail().contains("worker failed"), client.detail());
  }

  @Test
  void exitEndsTheProcessWithItsStatus() throws Exception {
    boot(ProcessesTest::addOneServer, args -> TaskApi.KnTaskExit(7));
    assertEquals(new ExitInfo(ExitInfo.Reason.EXITED, 7, ""), exitOf("client"));
  }

  @Test
  void aProcessHoldsNoHandlesAfterItExits() throws Exception {
    CountDownLatch created = new CountDownLatch(1);
    boot(ProcessesTest::addOneServer, args -> {
      for (int i = 0; i < 10; i++) {
        HandleApi.KnHandleCreateUserObject(HandleTypes.HANDLE_TYPE_USER_FIRST, Ocap.OCAP_HANDLE_TRANSFER, i);
      }
      created.countDown();
      throw new IllegalStateException("crash with handles open");
    });
    assertTrue(created.await(10, TimeUnit.SECONDS));
    exitOf("client");
    Process client = kernel.processes().stream().filter(p -> p.name().equals("client")).findFirst().orElseThrow();
    assertEquals(0, kernel.handles().count(client.table()));
    Process server = kernel.process("server");
    assertNotNull(server);
    assertEquals(1, kernel.handles().count(server.table()), "the server keeps only its listener handle");
  }

  @Test
  void aProcessCannotHoldMoreHandlesThanItsQuota() throws Exception {
    CompletableFuture<int[]> outcome = new CompletableFuture<>();
    Program einit = args -> {
      Entity c = EntityInitEx(CLIENT, "client", "client");
      EntityRun(c);
    };
    Program client = args -> {
      int made = 0;
      try {
        while (true) {
          HandleApi.KnHandleCreateUserObject(HandleTypes.HANDLE_TYPE_USER_FIRST, 0, made);
          made++;
        }
      } catch (RetcodeException e) {
        outcome.complete(new int[] {made, e.rc()});
      }
    };
    kernel = new Kernel(ProgramSource.of(Map.of("einit", einit, "client", client)), 16,
        org.kos.kernel.security.SecurityMonitor.ALLOW_ALL);
    kernel.boot("einit");
    int[] got = outcome.get(10, TimeUnit.SECONDS);
    assertEquals(16, got[0]);
    assertEquals(Retcode.rcQuotaExceeded, got[1]);
  }

  @Test
  void aRunningProcessCannotBeConnectedOrRestarted() throws Exception {
    CompletableFuture<Integer> rc = new CompletableFuture<>();
    Program einit = args -> {
      Entity s = EntityInitEx(SERVER, "server", "server");
      Entity c = EntityInitEx(CLIENT, "client", "client");
      EntityRun(s);
      try {
        EntityConnectToService(c, s, "late");
        rc.complete(Retcode.rcOk);
      } catch (RetcodeException e) {
        rc.complete(e.rc());
      }
    };
    kernel = new Kernel(ProgramSource.of(Map.of("einit", einit, "server", (Program) ProcessesTest::addOneServer,
        "client", args -> { })));
    kernel.boot("einit");
    assertEquals(Retcode.rcInvalidOperation, rc.get(10, TimeUnit.SECONDS));
  }

  @Test
  void aMissingExecutableIsNotFound() throws Exception {
    CompletableFuture<Integer> rc = new CompletableFuture<>();
    Program einit = args -> {
      try {
        EntityInitEx(CLIENT, "client", "nowhere");
        rc.complete(Retcode.rcOk);
      } catch (RetcodeException e) {
        rc.complete(e.rc());
      }
    };
    kernel = new Kernel(ProgramSource.of(Map.of("einit", einit)));
    kernel.boot("einit");
    assertEquals(Retcode.rcResourceNotFound, rc.get(10, TimeUnit.SECONDS));
  }

  @Test
  void libkosOutsideAProcessIsNotReady() {
    RetcodeException e = org.junit.jupiter.api.Assertions.assertThrows(RetcodeException.class,
        TaskApi::KnTaskGetName);
    assertEquals(Retcode.rcNotReady, e.rc());
  }

  /** Polls {@link Kernel#isIdle} for a while: true as soon as it says so. */
  boolean becomesIdle(long millis) throws InterruptedException {
    long end = System.nanoTime() + millis * 1_000_000L;
    while (System.nanoTime() < end) {
      if (kernel.isIdle()) {
        return true;
      }
      Thread.sleep(5);
    }
    return false;
  }

  @Test
  void aSystemWhoseOnlyProcessWaitsForRequestsIsIdle() throws Exception {
    boot(ProcessesTest::addOneServer, args -> {
      int h = SlApi.ServiceLocatorConnect("adder");
      Syscalls.Call(h, request(1), null, new NkMessage(32), new Arena(0));
    });
    assertEquals(0, exitOf("client").status());
    assertTrue(becomesIdle(5000), "the server waits for requests no one can send");
  }

  @Test
  void aSystemWithAProcessThatIsNotInRecvIsNotIdle() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    boot(ProcessesTest::addOneServer, args -> release.await());
    kernel.processes().get(0).awaitExit(10, TimeUnit.SECONDS);
    assertTrue(!becomesIdle(300), "the client still runs");
    release.countDown();
    assertEquals(0, exitOf("client").status());
    assertTrue(becomesIdle(5000));
  }

  /** Whether the kernel reports being stuck on an unregistered channel within {@code millis}. */
  private boolean becomesStuck(long millis) throws InterruptedException {
    long end = System.nanoTime() + millis * 1_000_000;
    while (System.nanoTime() < end) {
      if (kernel.isStuck()) {
        return true;
      }
      Thread.sleep(5);
    }
    return false;
  }

  @Test
  void aClientCallingAConnectionItsServerRegisteredUnderAnotherNameIsStuck() throws Exception {
    boot(args -> {
      int listener = SlApi.ServiceLocatorRegister("addr"); // misspelt: "adder" is never registered
      Syscalls.Recv(listener, new NkMessage(32), new Arena(0));
    }, args -> Syscalls.Call(SlApi.ServiceLocatorConnect("adder"), request(1), null, new NkMessage(32), new Arena(0)));
    assertTrue(becomesStuck(5000), "the client waits for a server that never receives on adder");
    Ipc.UnclaimedCall call = kernel.unclaimedCalls().get(0);
    assertEquals("client adder server", call.caller() + " " + call.id() + " " + call.group().server().owner());
    assertEquals(List.of(new ServiceLocator.Registration("server", "addr")), kernel.serviceLocator().registrations());
  }

  @Test
  void aClientOfARegisteredConnectionIsNeverStuck() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    boot(ProcessesTest::addOneServer, args -> {
      Syscalls.Call(SlApi.ServiceLocatorConnect("adder"), request(1), null, new NkMessage(32), new Arena(0));
      release.await();
    });
    assertTrue(!becomesStuck(300), "the client is answered");
    assertTrue(kernel.unclaimedCalls().isEmpty());
    release.countDown();
  }

  @Test
  void connectingToAConnectionTheClientDoesNotHaveNamesTheOnesItHas() throws Exception {
    CompletableFuture<String> message = new CompletableFuture<>();
    boot(ProcessesTest::addOneServer, args -> {
      try {
        SlApi.ServiceLocatorConnect("ader");
        message.complete("connected");
      } catch (RetcodeException e) {
        message.complete(e.getMessage());
      }
    });
    assertTrue(message.get(10, TimeUnit.SECONDS).endsWith("client has no connection \"ader\"; its connections: \"adder\""),
        message.get());
  }
}
