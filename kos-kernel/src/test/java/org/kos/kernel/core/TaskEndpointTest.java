package org.kos.kernel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kl.core.Common;
import kl.core.CoreEntity;
import kl.core.Notice;
import kl.core.NoticeProxy;
import kl.core.Task;
import kl.core.TaskProxy;
import kl.core.ThreadProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kos.kernel.Kernel;
import org.kos.kernel.task.Process;
import org.kos.kernel.task.Program;
import org.kos.kernel.task.ProgramSource;
import org.kos.libkos.EntityInfo;
import org.kos.libkos.HandleApi;
import org.kos.libkos.HandleTypes;
import org.kos.libkos.Ocap;
import org.kos.libkos.SlApi;
import org.kos.libkos.Syscalls;
import org.kos.libkos.TaskApi;
import org.kos.libkos.ThreadApi;
import org.kos.nk.Arena;
import org.kos.nk.HandleDesc;
import org.kos.nk.NkMessage;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/** kl.core.Task on task handles, through the generated proxy (and the libkos functions over it). */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class TaskEndpointTest {
  Kernel kernel;

  @AfterEach
  void shutdown() {
    if (kernel != null) {
      kernel.shutdown();
    }
    TaskAssert.VALUES.clear();
  }

  static TaskProxy task() throws RetcodeException {
    return new TaskProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_TASK_TASK);
  }

  /** Runs {@code parent} as the first process with {@code others} available in the image. */
  List<Object> run(Program parent, Map<String, Program> others) throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    Map<String, Program> all = new HashMap<>(others);
    all.put("parent", args -> {
      try {
        parent.main(args);
      } catch (Throwable t) {
        seen.add(t);
      }
    });
    kernel = new Kernel(ProgramSource.of(all));
    kernel.boot("parent").awaitExit(10, TimeUnit.SECONDS);
    return seen;
  }

  /** Waits (in a program) until the process behind {@code task} has ended. */
  static void awaitEnd(HandleDesc task) throws Exception {
    NoticeProxy notice = new NoticeProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_NOTICE_NOTICE);
    HandleDesc r = notice.create().notify_();
    notice.subscribeToObject(r, task, TaskApi.EVENT_TASK_COMPLETED, 1);
    List<Notice.EventDesc> events = notice.getEvent(r, 10_000).events();
    if (!events.equals(List.of(new Notice.EventDesc(1, TaskApi.EVENT_TASK_COMPLETED)))) {
      throw new AssertionError("no completion event: " + events);
    }
  }

  @Test
  void createdProcessRunsOnResumeAndItsExitStatusComesBackThroughGetExitInfo() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      HandleDesc child = task().create("kid", "demo.Kid", "kid", 0, 15, 0).child();
      seen.add(task().getExitInfo(child).status());
      seen.add(task().resume(child));
      awaitEnd(child);
      Task.GetExitInfoOut e = task().getExitInfo(child);
      seen.add(List.of(e.status(), e.info(), e.rc()));
    }, Map.of("kid", args -> TaskApi.KnTaskExit(7)));
    assertEquals(List.of(Task.ExitStatusRunning, Retcode.rcOk,
        List.of(Task.ExitStatusExited, new Task.ExitInfo.ExitCode(7), Retcode.rcOk)), seen);
  }

  @Test
  void getPidGivesThePidOfTheProcessBehindTheHandle() throws Exception {
    List<Object> seen = run(args -> {
      HandleDesc child = HandleDesc.of(TaskApi.KnTaskCreate("kid", "demo.Kid", "kid", 15));
      TaskAssert.add(task().getPid(child).pid());
    }, Map.of("kid", args -> {}));
    assertEquals(List.of(), seen);
    assertEquals((long) kernel.processes().get(1).pid(), TaskAssert.take());
  }

  @Test
  void anUncaughtExceptionIsReportedAsExitStatusException() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      int child = TaskApi.KnTaskCreate(null, "kid", null, 15);
      TaskApi.KnTaskResume(child);
      awaitEnd(HandleDesc.of(child));
      TaskApi.ExitStatus e = TaskApi.KnTaskGetExitInfo(child);
      seen.add(e.status());
      seen.add(((Task.ExitInfo.Exception) e.info()).value().contains("kid bug"));
    }, Map.of("kid", args -> {
      throw new IllegalStateException("kid bug");
    }));
    assertEquals(List.of(Task.ExitStatusException, true), seen);
  }

  @Test
  void terminateEndsTheProcessAndNamesTheTerminator() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      HandleDesc child = task().create("kid", "demo.Kid", "kid", 0, 15, 0).child();
      task().resume(child);
      seen.add(task().terminate(child));
      awaitEnd(child);
      Task.GetExitInfoOut e = task().getExitInfo(child);
      seen.add(List.of(e.status(), e.info()));
      seen.add(task().terminate(child));
    }, Map.of("kid", args -> {
      ThreadProxy thread = new ThreadProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_THREAD_THREAD);
      while (true) {
        thread.sleep(5);
      }
    }));
    assertEquals(List.of(Retcode.rcOk, List.of(Task.ExitStatusTerminated, new Task.ExitInfo.TerminatedBy(1)),
        Retcode.rcInvalidOperation), seen);
    assertEquals(Process.State.EXITED, kernel.processes().get(1).state());
  }

  @Test
  void terminatingAServerWakesItsCallingClientWithNotConnected() throws Exception {
    CountDownLatch received = new CountDownLatch(1);
    CompletableFuture<Integer> rc = new CompletableFuture<>();
    Map<String, Program> programs = new HashMap<>();
    programs.put("server", args -> {
      int listener = SlApi.ServiceLocatorRegister("adder");
      Syscalls.Recv(listener, new NkMessage(32), new Arena(0));
      received.countDown();
      new ThreadProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_THREAD_THREAD).sleep(60_000);
    });
    programs.put("client", args -> {
      try {
        NkMessage req = new NkMessage(32);
        req.reset(0, 0, 0, 32);
        Syscalls.Call(SlApi.ServiceLocatorConnect("adder"), req, null, new NkMessage(32), new Arena(0));
        rc.complete(Retcode.rcOk);
      } catch (RetcodeException e) {
        rc.complete(e.rc());
      }
    });
    programs.put("boss", args -> {
      received.await();
      TaskApi.KnTaskTerminate(Integer.parseInt(TaskApi.getenv("SERVER")));
    });
    kernel = new Kernel(ProgramSource.of(programs));
    Process server = kernel.createProcess(EntityInfo.of("demo.Server"), "server", "server");
    Process client = kernel.createProcess(EntityInfo.of("demo.Client"), "client", "client");
    Process boss = kernel.createProcess(EntityInfo.of("demo.Boss"), "boss", "boss");
    kernel.connect(client, server, "adder");
    int h = kernel.handles().install(boss.table(), server.taskObject(), Ocap.OCAP_TASK_TERMINATE);
    boss.setEnv(List.of("SERVER=" + h));
    server.start();
    client.start();
    boss.start();
    assertEquals(Retcode.rcNotConnected, rc.get(10, TimeUnit.SECONDS));
    assertEquals(org.kos.kernel.task.ExitInfo.Reason.TERMINATED, server.awaitExit(10, TimeUnit.SECONDS).reason());
    assertEquals(0, kernel.handles().count(server.table()));
  }

  @Test
  void aTaskHandleWithoutTheTerminateRightCannotTerminate() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      HandleDesc child = task().create("kid", "demo.Kid", "kid", 0, 15, 0).child();
      int inKid = task().transferHandle(child, child, HandleDesc.of(),
          Ocap.OCAP_TASK_FULL & ~Ocap.OCAP_TASK_TERMINATE).dstHandle();
      TaskApi.KnTaskSetEnv(child.getHandle(), "SELF=" + inKid);
      task().resume(child);
      awaitEnd(child);
      seen.add(task().getExitInfo(child).info());
    }, Map.of("kid", args -> {
      HandleDesc self = HandleDesc.of(Integer.parseInt(TaskApi.getenv("SELF")));
      TaskApi.KnTaskExit(task().terminate(self) == Retcode.rcSecurityDisallow ? 3 : 4);
    }));
    assertEquals(List.of(new Task.ExitInfo.ExitCode(3)), seen);
  }

  @Test
  void transferHandleNeverRaisesRights() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      HandleDesc child = task().create("kid", "demo.Kid", "kid", 0, 15, 0).child();
      int object = HandleApi.KnHandleCreateUserObject(HandleTypes.HANDLE_TYPE_USER_FIRST,
          Ocap.OCAP_HANDLE_TRANSFER, 5);
      seen.add(task().transferHandle(child, HandleDesc.of(object), HandleDesc.of(),
          Ocap.OCAP_HANDLE_TRANSFER | Ocap.OCAP_HANDLE_GET_EVENT).rc());
    }, Map.of("kid", args -> {}));
    assertEquals(List.of(Retcode.rcSecurityDisallow), seen);
  }

  @Test
  void transferHandleIntoAStartedProcessIsAnInvalidOperation() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      HandleDesc child = task().create("kid", "demo.Kid", "kid", 0, 15, 0).child();
      task().resume(child);
      seen.add(task().transferHandle(child, child, HandleDesc.of(), HandleDesc.SAME_RIGHTS).rc());
      seen.add(task().resume(child));
    }, Map.of("kid", args -> {}));
    assertEquals(List.of(Retcode.rcInvalidOperation, Retcode.rcInvalidOperation), seen);
  }

  @Test
  void aHandleThatIsNoTaskIsAnInvalidArgument() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      seen.add(task().getPid(HandleDesc.of(999)).rc());
      int object = HandleApi.KnHandleCreateUserObject(HandleTypes.HANDLE_TYPE_USER_FIRST, 0, 5);
      seen.add(task().terminate(HandleDesc.of(object)));
    }, Map.of());
    assertEquals(List.of(Retcode.rcInvalidArgument, Retcode.rcInvalidArgument), seen);
  }

  @Test
  void createRejectsFlagsAndFailsForAPathNotInTheImage() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      seen.add(task().create("kid", "demo.Kid", "kid", 0, 15, 1).rc());
      seen.add(task().create("kid", "demo.Kid", "nowhere", 0, 15, 0).rc());
      seen.add(task().create("kid", "demo.Kid", "kid", 0, 32, 0).rc());
    }, Map.of("kid", args -> {}));
    assertEquals(List.of(Retcode.rcInvalidArgument, Retcode.rcResourceNotFound, Retcode.rcInvalidArgument), seen);
  }

  @Test
  void initialThreadPriorityAndSchedulerClassApplyToTheMainThread() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      HandleDesc child = task().create("kid", "demo.Kid", "kid", 0, 15, 0).child();
      seen.add(task().setInitialThreadPriority(child, 40));
      seen.add(task().setInitialThreadSchedPolicy(child, ThreadApi.THREAD_SCHED_RR, 20,
          new Common.SchedParam.RrQuantumUs(500)));
      seen.add(task().setInitialThreadPriority(child, 21));
      seen.add(task().getInitialThreadPriority(child).priority());
      task().resume(child);
      awaitEnd(child);
      seen.add(task().setInitialThreadPriority(child, 22));
    }, Map.of("kid", args -> {
      ThreadApi.SchedPolicy s = ThreadApi.KnThreadGetSchedPolicy(ThreadApi.KnThreadOpenCurrent());
      TaskAssert.add(s);
    }));
    assertEquals(List.of(Retcode.rcInvalidArgument, Retcode.rcOk, Retcode.rcOk, 21, Retcode.rcInvalidOperation), seen);
    assertEquals(new ThreadApi.SchedPolicy(ThreadApi.THREAD_SCHED_RR, 21, new Common.SchedParam.RrQuantumUs(500)),
        TaskAssert.take());
  }

  @Test
  void setEnvGivesTheChildItsEnvironmentAndFreeSelfEnvDropsIt() throws Exception {
    run(args -> {
      int child = TaskApi.KnTaskCreate("kid", "demo.Kid", "kid", 15);
      TaskApi.KnTaskSetEnv(child, "MODE=test", "LEVEL=2");
      TaskApi.KnTaskResume(child);
      awaitEnd(HandleDesc.of(child));
    }, Map.of("kid", args -> {
      String before = TaskApi.getenv("MODE") + TaskApi.getenv("LEVEL");
      TaskApi.KnTaskFreeSelfEnv();
      TaskAssert.add(before + " " + TaskApi.environ());
    }));
    assertEquals("test2 {}", TaskAssert.take());
  }

  @Test
  void getTasksListListsLiveProcessesAndItsReceiverHearsEachEnd() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      int child = TaskApi.KnTaskCreate("kid", "demo.Kid", "kid", 15);
      TaskApi.TasksList list = TaskApi.KnTaskGetTasksList();
      seen.add(list.names());
      seen.add(list.pids());
      TaskApi.KnTaskResume(child);
      NoticeProxy notice = new NoticeProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_NOTICE_NOTICE);
      seen.add(notice.getEvent(HandleDesc.of(list.notice()), 10_000).events());
    }, Map.of("kid", args -> {}));
    assertEquals(List.of(List.of("Einit", "kid"), List.of(1L, 2L),
        List.of(new Notice.EventDesc(2, TaskApi.EVENT_TASK_COMPLETED))), seen);
  }

  @Test
  void exitThroughTheTaskEndpointEndsTheCallerWithItsStatus() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      int child = TaskApi.KnTaskCreate("kid", "demo.Kid", "kid", 15);
      TaskApi.KnTaskResume(child);
      awaitEnd(HandleDesc.of(child));
      seen.add(TaskApi.KnTaskGetExitInfo(child));
    }, Map.of("kid", args -> {
      task().exit(12);
      TaskApi.KnTaskExit(13);
    }));
    assertEquals(List.of(new TaskApi.ExitStatus(Task.ExitStatusExited, new Task.ExitInfo.ExitCode(12))), seen);
  }

  @Test
  void truncateNeverCutsACharacterInTwo() {
    assertEquals("ab", TaskEndpoint.truncate("abé", 3));
    assertTrue(TaskEndpoint.truncate("x".repeat(300), 255).length() == 255);
  }

  /** One value handed from a program to the test. */
  static final class TaskAssert {
    private static final java.util.concurrent.BlockingQueue<Object> VALUES = new java.util.concurrent.LinkedBlockingQueue<>();

    static void add(Object v) {
      VALUES.add(v);
    }

    static Object take() throws InterruptedException {
      Object v = VALUES.poll(10, TimeUnit.SECONDS);
      if (v == null) {
        throw new AssertionError("the program handed over nothing");
      }
      return v;
    }
  }
}
