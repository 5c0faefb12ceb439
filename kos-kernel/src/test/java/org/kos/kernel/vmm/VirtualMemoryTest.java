package org.kos.kernel.vmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kos.kernel.vmm.VmFlags.*;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kos.kernel.TestSystem;
import org.kos.kernel.task.ExitInfo;
import org.kos.libkos.VmmApi;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class VirtualMemoryTest {
  static final long PAGE = VirtualMemory.PAGE_SIZE;
  static final int RW = VMM_FLAG_READ | VMM_FLAG_WRITE;

  static int rc(org.junit.jupiter.api.function.Executable e) {
    return assertThrows(RetcodeException.class, e).rc();
  }

  @Test
  void allocateReservesAndCommitMovesPagesToCommitted() throws Exception {
    VirtualMemory vm = new VirtualMemory(16 * PAGE);
    long va = vm.allocate(0, 4 * PAGE, VMM_FLAG_RESERVE | RW);
    assertEquals(new VirtualMemory.Region(va, 4 * PAGE, STATE_RESERVED, RW), vm.query(va + 5));
    vm.commit(va + PAGE, PAGE);
    assertEquals(new VirtualMemory.Region(va + PAGE, PAGE, STATE_COMMITTED, RW), vm.query(va + PAGE));
    assertEquals(PAGE, vm.committedBytes());
    vm.decommit(va + PAGE, PAGE);
    assertEquals(new VirtualMemory.Region(va, 4 * PAGE, STATE_RESERVED, RW), vm.query(va));
    assertEquals(0, vm.committedBytes());
  }

  @Test
  void freeReturnsPagesToFreeAndReleasesTheirQuota() throws Exception {
    VirtualMemory vm = new VirtualMemory(16 * PAGE);
    long va = vm.allocate(0, 2 * PAGE, VMM_FLAG_RESERVE | VMM_FLAG_COMMIT | RW);
    vm.free(va, 2 * PAGE);
    assertEquals(STATE_FREE, vm.query(va).state());
    assertEquals(0, vm.committedBytes());
    assertEquals(Retcode.rcInvalidOperation, rc(() -> vm.commit(va, PAGE)));
  }

  @Test
  void protectChangesFlagsAndRefusesWriteWithoutRead() throws Exception {
    VirtualMemory vm = new VirtualMemory(16 * PAGE);
    long va = vm.allocate(0, 2 * PAGE, VMM_FLAG_RESERVE | RW);
    vm.protect(va, PAGE, VMM_FLAG_READ);
    assertEquals(new VirtualMemory.Region(va, PAGE, STATE_RESERVED, VMM_FLAG_READ), vm.query(va));
    assertEquals(Retcode.rcInvalidArgument, rc(() -> vm.protect(va, PAGE, VMM_FLAG_WRITE)));
  }

  @Test
  void misalignedOrOverlappingRangesAreRefused() throws Exception {
    VirtualMemory vm = new VirtualMemory(16 * PAGE);
    long va = vm.allocate(0, PAGE, VMM_FLAG_RESERVE);
    assertEquals(Retcode.rcInvalidArgument, rc(() -> vm.allocate(0, 100, VMM_FLAG_RESERVE)));
    assertEquals(Retcode.rcInvalidArgument, rc(() -> vm.commit(va + 1, PAGE)));
    assertEquals(Retcode.rcAlreadyExists, rc(() -> vm.allocate(va, PAGE, VMM_FLAG_RESERVE)));
    assertEquals(Retcode.rcInvalidArgument, rc(() -> vm.allocate(0, PAGE, VMM_FLAG_COMMIT)));
  }

  @Test
  void commitBeyondTheQuotaIsQuotaExceededAndChangesNothing() throws Exception {
    VirtualMemory vm = new VirtualMemory(2 * PAGE);
    long va = vm.allocate(0, 3 * PAGE, VMM_FLAG_RESERVE | RW);
    vm.commit(va, PAGE);
    assertEquals(Retcode.rcQuotaExceeded, rc(() -> vm.commit(va + PAGE, 2 * PAGE)));
    assertEquals(PAGE, vm.committedBytes());
    assertEquals(STATE_RESERVED, vm.query(va + PAGE).state());
    assertEquals(Retcode.rcQuotaExceeded,
        rc(() -> vm.allocate(0, 2 * PAGE, VMM_FLAG_RESERVE | VMM_FLAG_COMMIT)));
  }

  @Test
  void processGetsQuotaExceededFromTheFacadeAndItsMemoryIsReleasedAtExit() throws Exception {
    List<Integer> seen = new CopyOnWriteArrayList<>();
    TestSystem system = new TestSystem(Map.of("p", args -> {
      VmmApi.KnVmAllocate(0, 4 * PAGE, VmmApi.VMM_FLAG_RESERVE | VmmApi.VMM_FLAG_COMMIT);
      seen.add(rc(() -> VmmApi.KnVmAllocate(0, PAGE, VmmApi.VMM_FLAG_RESERVE | VmmApi.VMM_FLAG_COMMIT)));
    }), 64, 4 * PAGE);
    Map<String, ExitInfo> exits = system.run();
    assertEquals(ExitInfo.Reason.EXITED, exits.get("p").reason(), exits.get("p").detail());
    assertEquals(List.of(Retcode.rcQuotaExceeded), seen);
    assertEquals(0, system.kernel().processes().stream().filter(x -> x.name().equals("p")).findFirst()
        .orElseThrow().memory().committedBytes());
  }
}
