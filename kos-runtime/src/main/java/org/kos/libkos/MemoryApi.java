package org.kos.libkos;

import org.kos.libkos.spi.KernelLink;
import org.kos.rc.RetcodeException;

/**
 * The calling process's memory contents. C code reaches them by dereferencing a pointer, so the
 * vendor's libkos has no such functions; a Java program has no pointers into the model and uses
 * these instead. Pages must be committed (zero until written) with READ protection to read and
 * WRITE to write, else rcInvalidArgument (where C code would fault). Words are 32-bit
 * little-endian and 4-byte aligned.
 */
public final class MemoryApi {
  private MemoryApi() {}

  /** {@code memcpy(dst, (void *) addr, len)}: {@code len} bytes at {@code addr}. */
  public static byte[] read(long addr, int len) throws RetcodeException {
    byte[] out = new byte[len];
    KernelLink.get().memoryRead(addr, out, 0, len);
    return out;
  }

  /** {@code memcpy((void *) addr, bytes, len)}. */
  public static void write(long addr, byte[] bytes) throws RetcodeException {
    KernelLink.get().memoryWrite(addr, bytes, 0, bytes.length);
  }

  /** {@code *(int32_t *) addr}. */
  public static int readInt(long addr) throws RetcodeException {
    return KernelLink.get().memoryReadInt(addr);
  }

  /** {@code *(int32_t *) addr = value}. */
  public static void writeInt(long addr, int value) throws RetcodeException {
    KernelLink.get().memoryWriteInt(addr, value);
  }

  /** An atomic compare-and-swap of the word at {@code addr}: true when it held {@code expected}. */
  public static boolean compareAndSetInt(long addr, int expected, int update) throws RetcodeException {
    return KernelLink.get().memoryCompareAndSetInt(addr, expected, update);
  }
}
