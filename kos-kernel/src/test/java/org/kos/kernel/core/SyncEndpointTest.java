package org.kos.kernel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import kl.core.CoreEntity;
import kl.core.Sync;
import kl.core.SyncProxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kos.kernel.Kernel;
import org.kos.kernel.TestSystem;
import org.kos.kernel.task.ExitInfo;
import org.kos.kernel.task.Process;
import org.kos.libkos.MemoryApi;
import org.kos.libkos.SyncApi;
import org.kos.libkos.Syscalls;
import org.kos.libkos.TaskApi;
import org.kos.libkos.VmmApi;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/** kl.core.Sync: futexes on words of the caller's memory, through the generated proxy. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class SyncEndpointTest {
  static final int RW = VmmApi.VMM_FLAG_READ | VmmApi.VMM_FLAG_WRITE;

  static SyncProxy sync() throws RetcodeException {
    return new SyncProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_SYNC_SYNC);
  }

  static long committedPage() throws RetcodeException {
    return VmmApi.KnVmAllocate(0, VmmApi.PAGE_SIZE, VmmApi.VMM_FLAG_RESERVE | VmmApi.VMM_FLAG_COMMIT | RW);
  }

  /** Runs {@code body} as the only process and fails the test if the process did not end normally. */
  static void run(org.kos.kernel.task.Program body) throws Exception {
    Map<String, ExitInfo> exits = new TestSystem(Map.of("p", body)).run();
    assertEquals(ExitInfo.Reason.EXITED, exits.get("p").reason(), exits.get("p").detail());
  }

  static int waiters(long addr) {
    return Kernel.current().futexes().waiters(Process.current().memory(), addr);
  }

  @Test
  void waitWhenTheWordDiffersAnswersFutexWouldBlockAtOnce() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      long addr = committedPage();
      MemoryApi.writeInt(addr, 5);
      seen.add(sync().wait_(addr, 4, -1).rc());
    });
    assertEquals(List.of(Retcode.rcFutexWouldBlock), seen);
  }

  @Test
  void waitNobodyWakesEndsWithTimeoutAfterTheDelay() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      long addr = committedPage();
      long start = System.nanoTime();
      seen.add(sync().wait_(addr, 0, 100).rc());
      seen.add(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(100));
      seen.add(waiters(addr));
    });
    assertEquals(List.of(Retcode.rcTimeout, true, 0), seen);
  }

  @Test
  void waitOnAnUncommittedAddressIsAnInvalidArgument() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      long addr = VmmApi.KnVmAllocate(0, VmmApi.PAGE_SIZE, VmmApi.VMM_FLAG_RESERVE | RW);
      seen.add(sync().wait_(addr, 0, 0).rc());
      seen.add(sync().wake(addr, 1).rc());
    });
    assertEquals(List.of(Retcode.rcInvalidArgument, Retcode.rcInvalidArgument), seen);
  }

  @Test
  void waitOnAnUnalignedAddressIsAnInvalidArgument() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> seen.add(sync().wait_(committedPage() + 2, 0, 0).rc()));
    assertEquals(List.of(Retcode.rcInvalidArgument), seen);
  }

  @Test
  void waitOnAnUnreadablePageIsAnInvalidArgument() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      long addr = committedPage();
      VmmApi.KnVmProtect(addr, VmmApi.PAGE_SIZE, VmmApi.VMM_FLAG_READ | VmmApi.VMM_FLAG_EXECUTE);
      seen.add(sync().wait_(addr, 0, 0).rc());
      VmmApi.KnVmDecommit(addr, VmmApi.PAGE_SIZE);
      seen.add(sync().wait_(addr, 0, 0).rc());
    });
    // READ|EXECUTE is readable (timeout), a decommitted page is not
    assertEquals(List.of(Retcode.rcTimeout, Retcode.rcInvalidArgument), seen);
  }

  @Test
  void wakeWithoutWaitersWakesNobody() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> seen.add(sync().wake(committedPage(), 10)));
    assertEquals(List.of(new Sync.WakeOut(0, Retcode.rcOk)), seen);
  }

  @Test
  void wakeResumesABlockedWaiterThatThenSeesTheNewValue() throws Exception {
    List<Object> waiter = new CopyOnWriteArrayList<>();
    List<Object> waker = new CopyOnWriteArrayList<>();
    run(args -> {
      long addr = committedPage();
      Thread t = TaskApi.KosThreadCreate(() -> {
        try {
          Sync.WaitOut out = sync().wait_(addr, 0, 10_000);
          waiter.add(out.rc());
          waiter.add(out.outDelay() >= 200);
          waiter.add(MemoryApi.readInt(addr));
        } catch (Exception e) {
          waiter.add(e.toString());
        }
      }, "waiter");
      while (waiters(addr) == 0) {
        Thread.sleep(1);
      }
      // The waiter is queued and stays blocked: nothing wakes it but the Wake below.
      Thread.sleep(200);
      waker.add(t.isAlive());
      MemoryApi.writeInt(addr, 1);
      waker.add(sync().wake(addr, 1));
      t.join();
    });
    assertEquals(List.of(true, new Sync.WakeOut(1, Retcode.rcOk)), waker);
    assertEquals(List.of(Retcode.rcOk, true, 1), waiter);
  }

  @Test
  void wakeResumesAtMostTheRequestedNumberOfWaiters() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      long addr = committedPage();
      List<Thread> threads = new CopyOnWriteArrayList<>();
      for (int i = 0; i < 3; i++) {
        threads.add(TaskApi.KosThreadCreate(() -> {
          try {
            SyncApi.KnFutexWait(addr, 0, 10_000);
          } catch (RetcodeException e) {
            seen.add(e.rc());
          }
        }, "waiter" + i));
      }
      while (waiters(addr) < 3) {
        Thread.sleep(1);
      }
      seen.add(SyncApi.KnFutexWake(addr, 2));
      seen.add(waiters(addr));
      seen.add(SyncApi.KnFutexWake(addr, 0xFFFFFFFF));
      for (Thread t : threads) {
        t.join();
      }
    });
    assertEquals(List.of(2, 1, 1), seen);
  }

  @Test
  void futexesOfDifferentAddressesDoNotWakeEachOther() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      long addr = committedPage();
      Thread t = TaskApi.KosThreadCreate(() -> {
        try {
          SyncApi.KnFutexWait(addr, 0, 10_000);
        } catch (RetcodeException e) {
          seen.add(e.rc());
        }
      }, "waiter");
      while (waiters(addr) == 0) {
        Thread.sleep(1);
      }
      seen.add(SyncApi.KnFutexWake(addr + 4, 1));
      seen.add(SyncApi.KnFutexWake(addr, 1));
      t.join();
    });
    assertEquals(List.of(0, 1), seen);
  }

  @Test
  void aFutexMutexBuiltOnCompareAndSetKeepsACounterExact() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    run(args -> {
      long lock = committedPage();
      long counter = lock + 8;
      Runnable body = () -> {
        try {
          for (int i = 0; i < 500; i++) {
            // 0 free, 1 locked, 2 locked and maybe waited for (Drepper, "Futexes are tricky").
            if (!MemoryApi.compareAndSetInt(lock, 0, 1)) {
              while (!MemoryApi.compareAndSetInt(lock, 0, 2)) {
                MemoryApi.compareAndSetInt(lock, 1, 2);
                try {
                  SyncApi.KnFutexWait(lock, 2, -1);
                } catch (RetcodeException e) {
                  if (e.rc() != Retcode.rcFutexWouldBlock) {
                    throw e;
                  }
                }
              }
            }
            MemoryApi.writeInt(counter, MemoryApi.readInt(counter) + 1);
            if (!MemoryApi.compareAndSetInt(lock, 1, 0)) {
              MemoryApi.writeInt(lock, 0);
              SyncApi.KnFutexWake(lock, 1);
            }
          }
        } catch (RetcodeException e) {
          seen.add(e.toString());
        }
      };
      Thread a = TaskApi.KosThreadCreate(body, "a");
      Thread b = TaskApi.KosThreadCreate(body, "b");
      a.join();
      b.join();
      seen.add(MemoryApi.readInt(counter));
    });
    assertEquals(List.of(1000), seen);
  }
}
