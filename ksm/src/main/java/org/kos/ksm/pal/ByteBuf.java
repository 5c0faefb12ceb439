package org.kos.ksm.pal;

import java.util.Arrays;

/** A little-endian byte buffer that grows: the fixed part (sized up front) or the arena (appended to). */
final class ByteBuf {
  private byte[] bytes;
  private int size;

  ByteBuf(int size) {
    this.bytes = new byte[Math.max(size, 16)];
    this.size = size;
  }

  /** Appends {@code n} zero bytes; returns where they start. */
  int reserve(long n) throws StepException {
    if (size + n > Integer.MAX_VALUE - 8) {
      throw new StepException("the test message is too large");
    }
    int at = size;
    size += (int) n;
    if (size > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(size, bytes.length * 2));
    }
    return at;
  }

  void put(int offset, long value, int width) {
    for (int i = 0; i < width; i++) {
      bytes[offset + i] = (byte) (value >>> (8 * i));
    }
  }

  void put(int offset, byte[] data) {
    System.arraycopy(data, 0, bytes, offset, data.length);
  }

  int size() {
    return size;
  }

  byte[] toArray() {
    return Arrays.copyOf(bytes, size);
  }
}
