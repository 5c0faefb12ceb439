package org.kos.kernel.vmm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kos.kernel.vmm.VmFlags.*;

import org.junit.jupiter.api.Test;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/** Committed pages keep their contents: zero on commit, gone on decommit and free. */
class MemoryContentsTest {
  static final long PAGE = VirtualMemory.PAGE_SIZE;
  static final int RW = VMM_FLAG_READ | VMM_FLAG_WRITE;

  final VirtualMemory vm = new VirtualMemory(16 * PAGE);

  static int rc(org.junit.jupiter.api.function.Executable e) {
    return assertThrows(RetcodeException.class, e).rc();
  }

  @Test
  void aFreshlyCommittedPageReadsAsZerosAndStoresNothing() throws Exception {
    long va = vm.allocate(0, PAGE, VMM_FLAG_RESERVE | VMM_FLAG_COMMIT | RW);
    byte[] got = new byte[16];
    got[3] = 9;
    vm.read(va + 100, got, 0, 16);
    assertArrayEquals(new byte[16], got);
    assertEquals(0, vm.storedBytes());
  }

  @Test
  void bytesWrittenAcrossAPageBoundaryReadBack() throws Exception {
    long va = vm.allocate(0, 2 * PAGE, VMM_FLAG_RESERVE | VMM_FLAG_COMMIT | RW);
    byte[] data = {1, 2, 3, 4, 5, 6, 7, 8};
    vm.write(va + PAGE - 3, data, 0, data.length);
    byte[] got = new byte[8];
    vm.read(va + PAGE - 3, got, 0, 8);
    assertArrayEquals(data, got);
    assertEquals(2 * PAGE, vm.storedBytes());
  }

  @Test
  void wordsAreLittleEndian() throws Exception {
    long va = vm.allocate(0, PAGE, VMM_FLAG_RESERVE | VMM_FLAG_COMMIT | RW);
    vm.writeInt(va + 8, 0x01020304);
    byte[] got = new byte[4];
    vm.read(va + 8, got, 0, 4);
    assertArrayEquals(new byte[] {4, 3, 2, 1}, got);
    assertEquals(0x01020304, vm.readInt(va + 8));
  }

  @Test
  void decommitDropsTheContentsAndRecommitReadsZero() throws Exception {
    long va = vm.allocate(0, PAGE, VMM_FLAG_RESERVE | VMM_FLAG_COMMIT | RW);
    vm.writeInt(va, 42);
    vm.decommit(va, PAGE);
    assertEquals(0, vm.storedBytes());
    vm.commit(va, PAGE);
    assertEquals(0, vm.readInt(va));
  }

  @Test
  void freeDropsTheContents() throws Exception {
    long va = vm.allocate(0, PAGE, VMM_FLAG_RESERVE | VMM_FLAG_COMMIT | RW);
    vm.writeInt(va, 42);
    vm.free(va, PAGE);
    assertEquals(0, vm.storedBytes());
    vm.allocate(va, PAGE, VMM_FLAG_RESERVE | VMM_FLAG_COMMIT | RW);
    assertEquals(0, vm.readInt(va));
  }

  @Test
  void committingAnAlreadyCommittedPageKeepsItsContents() throws Exception {
    long va = vm.allocate(0, PAGE, VMM_FLAG_RESERVE | VMM_FLAG_COMMIT | RW);
    vm.writeInt(va, 42);
    vm.commit(va, PAGE);
    assertEquals(42, vm.readInt(va));
  }

  @Test
  void readingAReservedPageIsAnInvalidArgument() throws Exception {
    long va = vm.allocate(0, PAGE, VMM_FLAG_RESERVE | RW);
    assertEquals(Retcode.rcInvalidArgument, rc(() -> vm.readInt(va)));
  }

  @Test
  void readingAFreeAddressIsAnInvalidArgument() {
    assertEquals(Retcode.rcInvalidArgument, rc(() -> vm.read(0x5000_0000L, new byte[4], 0, 4)));
  }

  @Test
  void writingAReadOnlyPageIsRefusedAndChangesNothing() throws Exception {
    long va = vm.allocate(0, PAGE, VMM_FLAG_RESERVE | VMM_FLAG_COMMIT | VMM_FLAG_READ);
    assertEquals(Retcode.rcInvalidArgument, rc(() -> vm.writeInt(va, 1)));
    assertEquals(0, vm.readInt(va));
    assertEquals(0, vm.storedBytes());
  }

  @Test
  void aWriteReachingAnUncommittedPageWritesNothing() throws Exception {
    long va = vm.allocate(0, 2 * PAGE, VMM_FLAG_RESERVE | RW);
    vm.commit(va, PAGE);
    assertEquals(Retcode.rcInvalidArgument, rc(() -> vm.write(va + PAGE - 2, new byte[] {1, 2, 3, 4}, 0, 4)));
    assertEquals(0, vm.storedBytes());
  }

  @Test
  void unalignedWordIsAnInvalidArgument() throws Exception {
    long va = vm.allocate(0, PAGE, VMM_FLAG_RESERVE | VMM_FLAG_COMMIT | RW);
    assertEquals(Retcode.rcInvalidArgument, rc(() -> vm.readInt(va + 2)));
  }

  @Test
  void compareAndSetReplacesOnlyTheExpectedValue() throws Exception {
    long va = vm.allocate(0, PAGE, VMM_FLAG_RESERVE | VMM_FLAG_COMMIT | RW);
    assertFalse(vm.compareAndSetInt(va, 1, 2));
    assertTrue(vm.compareAndSetInt(va, 0, 2));
    assertEquals(2, vm.readInt(va));
  }
}
