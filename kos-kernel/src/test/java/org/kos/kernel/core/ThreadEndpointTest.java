package org.kos.kernel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kl.core.Common;
import kl.core.CoreEntity;
import kl.core.ThreadProxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kos.kernel.Kernel;
import org.kos.kernel.TestSystem;
import org.kos.kernel.task.Process;
import org.kos.kernel.task.ProcessThread;
import org.kos.libkos.HandleApi;
import org.kos.libkos.HandleTypes;
import org.kos.libkos.Ocap;
import org.kos.libkos.Syscalls;
import org.kos.libkos.ThreadApi;
import org.kos.nk.HandleDesc;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/** kl.core.Thread on thread handles, through the generated proxy (and the libkos functions over it). */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ThreadEndpointTest {
  static ThreadProxy thread() throws RetcodeException {
    return new ThreadProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_THREAD_THREAD);
  }

  interface Body {
    void run(List<Object> seen) throws Exception;
  }

  static List<Object> run(Body body) throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    new TestSystem(Map.of("p", args -> body.run(seen))).run();
    return seen;
  }

  @Test
  void openCurrentGivesAHandleWhoseInfoCarriesTheCallersTid() throws Exception {
    List<Object> seen = run(out -> {
      HandleDesc self = thread().openCurrent().thread();
      out.add(self.getRights() == Ocap.OCAP_THREAD_FULL);
      out.add(thread().getInfo(self).info().tid() == ThreadApi.KosThreadCurrentId());
    });
    assertEquals(List.of(true, true), seen);
  }

  @Test
  void waitReturnsTheCodeAThreadExitedWith() throws Exception {
    List<Object> seen = run(out -> {
      int h = ThreadApi.KnThreadCreate(ThreadApi.ThreadPriorityNormal, 0, () -> {
        try {
          thread().exit(5);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, false).handle();
      out.add(thread().wait_(HandleDesc.of(h), -1).code());
    });
    assertEquals(List.of(5), seen);
  }

  @Test
  void waitTimesOutWhileTheThreadRuns() throws Exception {
    List<Object> seen = run(out -> {
      CountDownLatch release = new CountDownLatch(1);
      int h = ThreadApi.KnThreadCreate(ThreadApi.ThreadPriorityNormal, 0, () -> awaitQuietly(release), false).handle();
      out.add(thread().wait_(HandleDesc.of(h), 20).rc());
      release.countDown();
      out.add(ThreadApi.KnThreadWait(h, -1));
    });
    assertEquals(List.of(Retcode.rcTimeout, 0), seen);
  }

  @Test
  void terminatedThreadEndsAtItsNextKernelCallWithTheGivenCode() throws Exception {
    List<Object> seen = run(out -> {
      int h = ThreadApi.KnThreadCreate(ThreadApi.ThreadPriorityNormal, 0, () -> {
        try {
          while (true) {
            thread().sleep(5);
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, false).handle();
      out.add(thread().terminate(HandleDesc.of(h), 9));
      out.add(ThreadApi.KnThreadWait(h, -1));
      out.add(thread().terminate(HandleDesc.of(h), 9));
    });
    assertEquals(List.of(Retcode.rcOk, 9, Retcode.rcInvalidOperation), seen);
  }

  @Test
  void aThreadCreatedSuspendedRunsOnlyAfterResume() throws Exception {
    List<Object> seen = run(out -> {
      AtomicBoolean ran = new AtomicBoolean();
      int h = ThreadApi.KnThreadCreate(ThreadApi.ThreadPriorityNormal, 0, () -> ran.set(true), true).handle();
      out.add(thread().wait_(HandleDesc.of(h), 50).rc());
      out.add(ran.get());
      out.add(thread().resume(HandleDesc.of(h)));
      out.add(ThreadApi.KnThreadWait(h, -1));
      out.add(ran.get());
    });
    assertEquals(List.of(Retcode.rcTimeout, false, Retcode.rcOk, 0, true), seen);
  }

  @Test
  void suspendBlocksTheCallerUntilAnotherThreadResumesIt() throws Exception {
    List<Object> seen = run(out -> {
      AtomicBoolean past = new AtomicBoolean();
      int h = ThreadApi.KnThreadCreate(ThreadApi.ThreadPriorityNormal, 0, () -> {
        try {
          thread().suspend();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        past.set(true);
      }, false).handle();
      int rc;
      while ((rc = thread().resume(HandleDesc.of(h))) == Retcode.rcInvalidOperation) {
        out.add(past.get()); // not suspended yet, and not past the suspension either
        thread().sleep(1);
      }
      out.add(rc);
      ThreadApi.KnThreadWait(h, -1);
      out.add(past.get());
    });
    assertEquals(List.of(Retcode.rcOk, true), seen.subList(seen.size() - 2, seen.size()));
    assertEquals(false, seen.subList(0, seen.size() - 2).contains(true));
  }

  @Test
  void resumingAThreadThatIsNotSuspendedIsAnInvalidOperation() throws Exception {
    List<Object> seen = run(out -> out.add(thread().resume(thread().openCurrent().thread())));
    assertEquals(List.of(Retcode.rcInvalidOperation), seen);
  }

  @Test
  void priorityIsValidatedAndRecorded() throws Exception {
    List<Object> seen = run(out -> {
      HandleDesc self = thread().openCurrent().thread();
      out.add(thread().getSchedPolicy(self).priority());
      out.add(thread().setPriority(self, 32));
      out.add(thread().setPriority(self, 31));
      out.add(thread().getSchedPolicy(self).priority());
    });
    assertEquals(List.of(ThreadApi.ThreadPriorityNormal, Retcode.rcInvalidArgument, Retcode.rcOk, 31), seen);
  }

  @Test
  void affinityIsANonEmptySetOfExistingProcessors() throws Exception {
    List<Object> seen = run(out -> {
      HandleDesc self = thread().openCurrent().thread();
      out.add(thread().getAffinity(self).mask());
      out.add(thread().setAffinity(self, 0));
      out.add(thread().setAffinity(self, 1L << 63 | 1));
      out.add(thread().setAffinity(self, 1));
      out.add(thread().getAffinity(self).mask());
    });
    assertEquals(List.of(ProcessThread.ALL_CPUS, Retcode.rcInvalidArgument,
        ProcessThread.CPUS == 64 ? Retcode.rcOk : Retcode.rcInvalidArgument, Retcode.rcOk, 1L), seen);
  }

  @Test
  void schedulerClassNeedsItsOwnParameter() throws Exception {
    List<Object> seen = run(out -> {
      HandleDesc self = thread().openCurrent().thread();
      out.add(thread().setSchedPolicy(self, ThreadApi.THREAD_SCHED_RR, 10, new Common.SchedParam.Fifo(0)));
      out.add(thread().setSchedPolicy(self, ThreadApi.THREAD_SCHED_FIFO, 10, new Common.SchedParam.RrQuantumUs(5)));
      out.add(thread().setSchedPolicy(self, 7, 10, new Common.SchedParam.Fifo(0)));
      out.add(thread().setSchedPolicy(self, ThreadApi.THREAD_SCHED_RR, 10, new Common.SchedParam.RrQuantumUs(250)));
      out.add(ThreadApi.KnThreadGetSchedPolicy(self.getHandle()));
    });
    assertEquals(List.of(Retcode.rcInvalidArgument, Retcode.rcInvalidArgument, Retcode.rcInvalidArgument,
        Retcode.rcOk, new ThreadApi.SchedPolicy(ThreadApi.THREAD_SCHED_RR, 10, new Common.SchedParam.RrQuantumUs(250))),
        seen);
  }

  @Test
  void aThreadHandleWithoutTheRightGetsSecurityDisallow() throws Exception {
    List<Object> seen = run(out -> {
      Kernel k = Kernel.current();
      Process p = Process.current();
      int readOnly = k.handles().install(p.table(), p.currentThread(), Ocap.OCAP_HANDLE_TRANSFER);
      out.add(thread().setPriority(HandleDesc.of(readOnly), 3));
      out.add(thread().terminate(HandleDesc.of(readOnly), 3));
      out.add(thread().getSchedPolicy(HandleDesc.of(readOnly)).rc());
    });
    assertEquals(List.of(Retcode.rcSecurityDisallow, Retcode.rcSecurityDisallow, Retcode.rcOk), seen);
  }

  @Test
  void aHandleThatIsNoThreadIsAnInvalidArgument() throws Exception {
    List<Object> seen = run(out -> {
      out.add(thread().wait_(HandleDesc.of(999), 0).rc());
      int object = HandleApi.KnHandleCreateUserObject(HandleTypes.HANDLE_TYPE_USER_FIRST, 0, 5);
      out.add(thread().getInfo(HandleDesc.of(object)).rc());
    });
    assertEquals(List.of(Retcode.rcInvalidArgument, Retcode.rcInvalidArgument), seen);
  }

  @Test
  void anEndedThreadKeepsItsCodeButTakesNoNewParameters() throws Exception {
    List<Object> seen = run(out -> {
      int h = ThreadApi.KnThreadCreate(ThreadApi.ThreadPriorityNormal, 0, () -> {}, false).handle();
      out.add(ThreadApi.KnThreadWait(h, -1));
      out.add(thread().setPriority(HandleDesc.of(h), 3));
      out.add(thread().wait_(HandleDesc.of(h), 0).rc());
    });
    assertEquals(List.of(0, Retcode.rcInvalidOperation, Retcode.rcOk), seen);
  }

  @Test
  void aThreadCannotWaitForItself() throws Exception {
    List<Object> seen = run(out -> out.add(thread().wait_(thread().openCurrent().thread(), 0).rc()));
    assertEquals(List.of(Retcode.rcInvalidArgument), seen);
  }

  @Test
  void tlsAddressAndStackSizeAreRecorded() throws Exception {
    List<Object> seen = run(out -> {
      out.add(thread().setTls(0x7000));
      out.add(ThreadApi.KosThreadTlsGet());
      int h = ThreadApi.KnThreadCreate(ThreadApi.ThreadPriorityNormal, 1 << 20, () -> {}, false).handle();
      out.add(ThreadApi.KnThreadGetInfo(h).stackSize());
    });
    assertEquals(List.of(Retcode.rcOk, 0x7000L, 1L << 20), seen);
  }

  @Test
  void createWithACodeAddressIsUnimplemented() throws Exception {
    List<Object> seen = run(out -> out.add(thread().create(15, 0, 0x1000, 0, 0, 0).rc()));
    assertEquals(List.of(Retcode.rcUnimplemented), seen);
  }

  @Test
  void threadExitInTheMainThreadEndsTheProcessWithThatCode() throws Exception {
    Map<String, org.kos.kernel.task.ExitInfo> exits = new TestSystem(Map.of("p", args -> {
      thread().exit(4);
    })).runAnyEnd();
    assertEquals(new org.kos.kernel.task.ExitInfo(org.kos.kernel.task.ExitInfo.Reason.EXITED, 4, ""), exits.get("p"));
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
