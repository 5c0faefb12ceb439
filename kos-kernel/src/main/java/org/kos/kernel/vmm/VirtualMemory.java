package org.kos.kernel.vmm;

import static org.kos.kernel.vmm.VmFlags.*;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.kos.libkos.VmmApi;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * One process's address space: every page is free, reserved or committed and carries protection
 * flags. Allocate reserves (and commits with VMM_FLAG_COMMIT), Commit/Decommit move reserved
 * pages to committed and back, Protect changes the flags of reserved or committed pages, Free
 * returns pages to free. Committed bytes count against the process quota: a commit beyond it
 * fails with rcQuotaExceeded and changes nothing. Arguments must be page-aligned, else
 * rcInvalidArgument; a transition from the wrong state gives rcInvalidOperation.
 *
 * <p>Committed pages have contents: zero when committed, kept sparsely (a page gets its bytes on
 * its first write), dropped when the page is decommitted or freed. {@link #read}, {@link #write}
 * and the 32-bit word accessors stand for what C code does by dereferencing a pointer: they need
 * committed pages with READ (reading) or WRITE (writing) protection, else rcInvalidArgument. The
 * contents count against nothing new: the quota already counts every committed page.
 */
public final class VirtualMemory {
  public static final long PAGE_SIZE = VmmApi.PAGE_SIZE;
  /** Where automatic placement starts: page 0 stays free so that 0 means "none". */
  private static final long BASE = 0x1000_0000L;
  private static final long TOP = 0x7fff_0000_0000L;

  /** A page's state and flags. */
  public record Page(int state, int prot) {}

  /** What VMM.Query reports: the run of pages with the same state and flags around an address. */
  public record Region(long base, long size, int state, int prot) {}

  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  private final long quota;
  private final TreeMap<Long, Page> pages = new TreeMap<>();
  /** Bytes of the committed pages written so far; any other committed page reads as zeros. */
  private final Map<Long, byte[]> contents = new HashMap<>();
  private long committed;

  public VirtualMemory(long quotaBytes) {
    this.quota = quotaBytes;
  }

  public long quota() {
    return quota;
  }

  public synchronized long committedBytes() {
    return committed;
  }

  /** {@code KnVmAllocate}: reserves {@code size} bytes at {@code addr} (0: anywhere) and returns the base. */
  public synchronized long allocate(long addr, long size, int flags) throws RetcodeException {
    if ((flags & VMM_FLAG_RESERVE) == 0) {
      throw new RetcodeException(Retcode.rcInvalidArgument, "VMM_FLAG_RESERVE is required");
    }
    checkRange(addr == 0 ? BASE : addr, size);
    long base = addr != 0 ? addr : findFree(size);
    for (long p = base; p < base + size; p += PAGE_SIZE) {
      if (pages.containsKey(p)) {
        throw new RetcodeException(Retcode.rcAlreadyExists, "page 0x" + Long.toHexString(p) + " is not free");
      }
    }
    boolean commit = (flags & VMM_FLAG_COMMIT) != 0;
    if (commit) {
      reserveQuota(size);
    }
    int prot = flags & VMM_FLAG_RWX_MASK;
    for (long p = base; p < base + size; p += PAGE_SIZE) {
      pages.put(p, new Page(commit ? STATE_COMMITTED : STATE_RESERVED, prot));
    }
    return base;
  }

  /** {@code KnVmCommit}: reserved pages become committed (all of them or none). */
  public synchronized void commit(long va, long size) throws RetcodeException {
    checkRange(va, size);
    long more = 0;
    for (long p = va; p < va + size; p += PAGE_SIZE) {
      Page page = used(p);
      if (page.state() == STATE_RESERVED) {
        more += PAGE_SIZE;
      }
    }
    reserveQuota(more);
    for (long p = va; p < va + size; p += PAGE_SIZE) {
      pages.put(p, new Page(STATE_COMMITTED, pages.get(p).prot()));
    }
  }

  /** {@code KnVmDecommit}: committed pages return to reserved. */
  public synchronized void decommit(long va, long size) throws RetcodeException {
    checkRange(va, size);
    for (long p = va; p < va + size; p += PAGE_SIZE) {
      used(p);
    }
    for (long p = va; p < va + size; p += PAGE_SIZE) {
      Page page = pages.get(p);
      if (page.state() == STATE_COMMITTED) {
        committed -= PAGE_SIZE;
      }
      contents.remove(p);
      pages.put(p, new Page(STATE_RESERVED, page.prot()));
    }
  }

  /** {@code KnVmProtect}: new protection flags for reserved or committed pages. */
  public synchronized void protect(long va, long size, int flags) throws RetcodeException {
    checkRange(va, size);
    if ((flags & ~VMM_FLAG_RWX_MASK) != 0 || flags == VMM_FLAG_WRITE || flags == VMM_FLAG_EXECUTE
        || flags == (VMM_FLAG_WRITE | VMM_FLAG_EXECUTE)) {
      throw new RetcodeException(Retcode.rcInvalidArgument,
          "not a permitted protection: 0x" + Integer.toHexString(flags));
    }
    for (long p = va; p < va + size; p += PAGE_SIZE) {
      used(p);
    }
    for (long p = va; p < va + size; p += PAGE_SIZE) {
      pages.put(p, new Page(pages.get(p).state(), flags));
    }
  }

  /** {@code KnVmUnmap} / VMM.Free: reserved or committed pages become free. */
  public synchronized void free(long va, long size) throws RetcodeException {
    checkRange(va, size);
    for (long p = va; p < va + size; p += PAGE_SIZE) {
      used(p);
    }
    for (long p = va; p < va + size; p += PAGE_SIZE) {
      if (pages.remove(p).state() == STATE_COMMITTED) {
        committed -= PAGE_SIZE;
      }
      contents.remove(p);
    }
  }

  /** VMM.Query: the run of equal pages around {@code va} (free runs reach to the next used page). */
  public synchronized Region query(long va) {
    long page = va & -PAGE_SIZE;
    Page p = pages.get(page);
    if (p == null) {
      Long below = pages.lowerKey(page);
      Long above = pages.higherKey(page);
      long from = below == null ? 0 : below + PAGE_SIZE;
      long to = above == null ? TOP : above;
      return new Region(from, to - from, STATE_FREE, 0);
    }
    long from = page;
    while (p.equals(pages.get(from - PAGE_SIZE))) {
      from -= PAGE_SIZE;
    }
    long to = page + PAGE_SIZE;
    while (p.equals(pages.get(to))) {
      to += PAGE_SIZE;
    }
    return new Region(from, to - from, p.state(), p.prot());
  }

  /** Frees everything (the process ended). */
  public synchronized void release() {
    pages.clear();
    contents.clear();
    committed = 0;
  }

  /** Copies {@code len} bytes at {@code va} into {@code dst}: the pages must be committed and readable. */
  public synchronized void read(long va, byte[] dst, int off, int len) throws RetcodeException {
    checkAccess(va, len, VMM_FLAG_READ);
    for (int done = 0; done < len; ) {
      long at = va + done;
      int inPage = (int) (at & (PAGE_SIZE - 1));
      int n = (int) Math.min(len - done, PAGE_SIZE - inPage);
      byte[] page = contents.get(at - inPage);
      if (page == null) {
        Arrays.fill(dst, off + done, off + done + n, (byte) 0);
      } else {
        System.arraycopy(page, inPage, dst, off + done, n);
      }
      done += n;
    }
  }

  /** Copies {@code len} bytes of {@code src} to {@code va}: the pages must be committed and writable. */
  public synchronized void write(long va, byte[] src, int off, int len) throws RetcodeException {
    checkAccess(va, len, VMM_FLAG_WRITE);
    for (int done = 0; done < len; ) {
      long at = va + done;
      int inPage = (int) (at & (PAGE_SIZE - 1));
      int n = (int) Math.min(len - done, PAGE_SIZE - inPage);
      byte[] page = contents.computeIfAbsent(at - inPage, k -> new byte[(int) PAGE_SIZE]);
      System.arraycopy(src, off + done, page, inPage, n);
      done += n;
    }
  }

  /** The little-endian 32-bit word at {@code va} (4-byte aligned, committed, readable). */
  public synchronized int readInt(long va) throws RetcodeException {
    checkWord(va);
    checkAccess(va, 4, VMM_FLAG_READ);
    byte[] page = contents.get(va & -PAGE_SIZE);
    return page == null ? 0 : (int) INT.get(page, (int) (va & (PAGE_SIZE - 1)));
  }

  /** Stores the little-endian 32-bit word at {@code va} (4-byte aligned, committed, writable). */
  public synchronized void writeInt(long va, int value) throws RetcodeException {
    checkWord(va);
    checkAccess(va, 4, VMM_FLAG_WRITE);
    INT.set(contents.computeIfAbsent(va & -PAGE_SIZE, k -> new byte[(int) PAGE_SIZE]),
        (int) (va & (PAGE_SIZE - 1)), value);
  }

  /**
   * Atomically replaces the word at {@code va} by {@code update} when it holds {@code expected}
   * (what a C program does with an atomic compare-and-swap); the word must be readable and writable.
   */
  public synchronized boolean compareAndSetInt(long va, int expected, int update) throws RetcodeException {
    checkAccess(va, 4, VMM_FLAG_READ | VMM_FLAG_WRITE);
    if (readInt(va) != expected) {
      return false;
    }
    writeInt(va, update);
    return true;
  }

  /** Bytes of page contents actually stored (pages written since they were committed). */
  public synchronized long storedBytes() {
    return contents.size() * PAGE_SIZE;
  }

  private void checkAccess(long va, long len, int prot) throws RetcodeException {
    if (va <= 0 || len < 0 || va > TOP - len) {
      throw new RetcodeException(Retcode.rcInvalidArgument, "not an address range: 0x" + Long.toHexString(va)
          + " + " + len);
    }
    for (long p = va & -PAGE_SIZE; p < va + len; p += PAGE_SIZE) {
      Page page = pages.get(p);
      if (page == null || page.state() != STATE_COMMITTED) {
        throw new RetcodeException(Retcode.rcInvalidArgument, "page 0x" + Long.toHexString(p) + " is not committed");
      }
      if ((page.prot() & prot) != prot) {
        throw new RetcodeException(Retcode.rcInvalidArgument, "page 0x" + Long.toHexString(p) + " is not "
            + ((prot & VMM_FLAG_WRITE) != 0 && (page.prot() & VMM_FLAG_WRITE) == 0 ? "writable" : "readable"));
      }
    }
  }

  private static void checkWord(long va) throws RetcodeException {
    if ((va & 3) != 0) {
      throw new RetcodeException(Retcode.rcInvalidArgument, "0x" + Long.toHexString(va) + " is not 4-byte aligned");
    }
  }

  private Page used(long page) throws RetcodeException {
    Page p = pages.get(page);
    if (p == null) {
      throw new RetcodeException(Retcode.rcInvalidOperation, "page 0x" + Long.toHexString(page) + " is free");
    }
    return p;
  }

  private void reserveQuota(long bytes) throws RetcodeException {
    if (committed + bytes > quota) {
      throw new RetcodeException(Retcode.rcQuotaExceeded, "committing " + bytes + " bytes exceeds the memory quota ("
          + committed + " of " + quota + " bytes committed)");
    }
    committed += bytes;
  }

  private long findFree(long size) throws RetcodeException {
    long candidate = BASE;
    for (Map.Entry<Long, Page> e : pages.tailMap(BASE).entrySet()) {
      if (e.getKey() - candidate >= size) {
        break;
      }
      candidate = Math.max(candidate, e.getKey() + PAGE_SIZE);
    }
    if (candidate + size > TOP) {
      throw new RetcodeException(Retcode.rcOutOfMemory, "no free range of " + size + " bytes");
    }
    return candidate;
  }

  private static void checkRange(long va, long size) throws RetcodeException {
    if (size <= 0 || va <= 0 || va % PAGE_SIZE != 0 || size % PAGE_SIZE != 0 || va > TOP - size) {
      throw new RetcodeException(Retcode.rcInvalidArgument,
          "not a page-aligned range: 0x" + Long.toHexString(va) + " + " + size);
    }
  }
}
