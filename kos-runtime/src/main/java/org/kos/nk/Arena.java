package org.kos.nk;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The arena of a message: variable-size data referenced from the fixed part by {@link ChunkDesc}s.
 * Writers append chunks contiguously ({@code nk_arena_store}); readers fetch them
 * ({@code nk_arena_get}) with every bound checked and remember what they took, so that
 * {@link #checkFullyConsumed()} can reject overlapping chunks and bytes no chunk covers.
 */
public final class Arena implements WireBuffer {
  private final byte[] buf;
  private int used;
  /** Chunks handed out by readers, as (offset << 32 | end), for the overlap/coverage check. */
  private long[] taken = new long[8];
  private int takenCount;

  /**
   * The largest arena {@link #forMaxSize} allocates up front (16 MiB): bounds in IDL may be up to
   * 2^32-1 bytes, which no buffer should be sized for in advance.
   */
  public static final int MAX_PREALLOCATED = 1 << 24;

  /**
   * An arena for messages of at most {@code maxSize} arena bytes (a generated {@code MAX_ARENA}
   * constant), capped at {@link #MAX_PREALLOCATED}; a larger message fails with
   * {@code NK_ENOMEM} when it is encoded or received.
   */
  public static Arena forMaxSize(long maxSize) {
    return new Arena((int) Math.max(0, Math.min(maxSize, MAX_PREALLOCATED)));
  }

  /** An empty arena for writing, able to hold {@code capacity} bytes. */
  public Arena(int capacity) {
    this.buf = new byte[capacity];
  }

  private Arena(byte[] data) {
    this.buf = data;
    this.used = data.length;
  }

  /** An arena received with a message, for reading. */
  public static Arena received(byte[] data) {
    return new Arena(data);
  }

  /**
   * Replaces the contents by {@code length} received bytes of {@code data} (copied), for a
   * transport filling an arena it reuses.
   *
   * @throws NkException {@code NK_ENOMEM} when they do not fit
   */
  public void load(byte[] data, int length) throws NkException {
    if (length < 0 || length > buf.length || length > data.length) {
      throw new NkException(NkErrors.NK_ENOMEM,
          "arena of " + length + " bytes does not fit a buffer of " + buf.length);
    }
    System.arraycopy(data, 0, buf, 0, length);
    used = length;
    takenCount = 0;
  }

  /** Forgets all chunks ({@code nk_arena_reset}). */
  public void reset() {
    used = 0;
    takenCount = 0;
  }

  public int used() {
    return used;
  }

  public int capacity() {
    return buf.length;
  }

  /** The bytes in use, as sent. */
  public byte[] toByteArray() {
    return Arrays.copyOf(buf, used);
  }

  /**
   * Reserves {@code size} zeroed bytes and returns their descriptor ({@code nk_arena_alloc}). The
   * size is a {@code long} so that stubs can pass {@code count * elementSize} computed without
   * {@code int} overflow: any size past what is left fails here with {@code NK_ENOMEM}.
   *
   * @throws NkException {@code NK_ENOMEM} when the bytes do not fit
   */
  public ChunkDesc alloc(long size) throws NkException {
    if (size < 0 || size > buf.length - used) {
      throw new NkException(NkErrors.NK_ENOMEM,
          "arena of " + buf.length + " bytes cannot hold " + size + " more bytes (" + used + " in use)");
    }
    int n = (int) size;
    ChunkDesc c = new ChunkDesc(n == 0 ? 0 : used, n);
    Arrays.fill(buf, used, used + n, (byte) 0);
    used += n;
    return c;
  }

  /** Appends a copy of {@code data} ({@code nk_arena_store}). */
  public ChunkDesc store(byte[] data) throws NkException {
    ChunkDesc c = alloc(data.length);
    System.arraycopy(data, 0, buf, c.offset(), data.length);
    return c;
  }

  /** Appends {@code bytes<bound>} data, refusing more than {@code bound} bytes. */
  public ChunkDesc storeBytes(byte[] data, long bound) throws NkException {
    if (data.length > bound) {
      throw new NkException(NkErrors.NK_EINVAL, data.length + " bytes exceed bytes<" + bound + ">");
    }
    return store(data);
  }

  /** Appends a string as UTF-8 plus NUL, refusing more than {@code bound} bytes before the NUL. */
  public ChunkDesc storeString(String s, long bound) throws NkException {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    if (utf8.length > bound) {
      throw new NkException(NkErrors.NK_EINVAL,
          "string of " + utf8.length + " bytes exceeds string<" + bound + ">");
    }
    for (byte b : utf8) {
      if (b == 0) {
        throw new NkException(NkErrors.NK_EINVAL, "string contains a NUL character");
      }
    }
    ChunkDesc c = alloc(utf8.length + 1L);
    System.arraycopy(utf8, 0, buf, c.offset(), utf8.length);
    return c;
  }

  /**
   * Takes a chunk for reading: it must lie inside the arena and its size must be a multiple of
   * {@code elementSize} and at most {@code maxSize}. Returns the chunk's start offset.
   */
  public int take(ChunkDesc c, int elementSize, long maxSize, String what) throws NkException {
    long size = c.unsignedSize();
    if (size == 0) {
      if (c.unsignedOffset() > used) {
        throw NkException.badMessage(what + ": empty chunk at offset " + c.unsignedOffset()
            + " past the arena of " + used + " bytes");
      }
      return 0;
    }
    if (c.end() > used) {
      throw NkException.badMessage(what + ": chunk [" + c.unsignedOffset() + ", " + c.end()
          + ") outside the arena of " + used + " bytes");
    }
    if (size > maxSize) {
      throw NkException.badMessage(what + ": " + size + " bytes exceed the bound of " + maxSize);
    }
    if (size % elementSize != 0) {
      throw NkException.badMessage(what + ": " + size + " bytes is not a whole number of "
          + elementSize + "-byte elements");
    }
    if (takenCount == taken.length) {
      taken = Arrays.copyOf(taken, takenCount * 2);
    }
    taken[takenCount++] = (c.unsignedOffset() << 32) | c.end();
    return c.offset();
  }

  /** Reads {@code bytes<bound>}. */
  public byte[] bytes(ChunkDesc c, long bound, String what) throws NkException {
    int at = take(c, 1, bound, what);
    return Arrays.copyOfRange(buf, at, at + c.size());
  }

  /** Reads {@code string<bound>}: NUL-terminated, no NUL inside, at most {@code bound} bytes before it. */
  public String string(ChunkDesc c, long bound, String what) throws NkException {
    if (c.unsignedSize() == 0) {
      throw NkException.badMessage(what + ": empty chunk, a string needs at least its NUL");
    }
    int at = take(c, 1, bound + 1, what);
    int end = at + c.size() - 1;
    if (buf[end] != 0) {
      throw NkException.badMessage(what + ": string is not NUL-terminated");
    }
    for (int i = at; i < end; i++) {
      if (buf[i] == 0) {
        throw NkException.badMessage(what + ": NUL inside the string at arena offset " + i);
      }
    }
    return new String(buf, at, end - at, StandardCharsets.UTF_8);
  }

  @Override
  public byte getS8(int offset) {
    return buf[offset];
  }

  @Override
  public void putS8(int offset, byte v) {
    buf[offset] = v;
  }

  @Override
  public short getS16(int offset) {
    return LittleEndian.getShort(buf, offset);
  }

  @Override
  public void putS16(int offset, short v) {
    LittleEndian.putShort(buf, offset, v);
  }

  @Override
  public int getS32(int offset) {
    return LittleEndian.getInt(buf, offset);
  }

  @Override
  public void putS32(int offset, int v) {
    LittleEndian.putInt(buf, offset, v);
  }

  @Override
  public long getS64(int offset) {
    return LittleEndian.getLong(buf, offset);
  }

  @Override
  public void putS64(int offset, long v) {
    LittleEndian.putLong(buf, offset, v);
  }

  /**
   * After decoding: the chunks taken must not overlap and must cover every byte in use, so a
   * message carries nothing its decoder did not read.
   */
  public void checkFullyConsumed() throws NkException {
    // Sorted in place: a decoder calls this once, last, and fixed-size messages must not allocate.
    Arrays.sort(taken, 0, takenCount);
    long covered = 0;
    for (int i = 0; i < takenCount; i++) {
      long c = taken[i];
      long start = c >>> 32;
      long end = c & 0xFFFFFFFFL;
      if (start < covered) {
        throw NkException.badMessage("overlapping arena chunks at offset " + start);
      }
      if (start > covered) {
        throw NkException.badMessage("arena bytes [" + covered + ", " + start + ") belong to no chunk");
      }
      covered = end;
    }
    if (covered != used) {
      throw NkException.badMessage("trailing arena bytes [" + covered + ", " + used + ")");
    }
  }
}
