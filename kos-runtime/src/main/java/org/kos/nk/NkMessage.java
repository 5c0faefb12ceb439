package org.kos.nk;

import java.util.Arrays;

/**
 * The constant part of an NK message: the 24-byte header followed by the fixed part. Stubs write
 * and read fields at offsets the compiler's layout computed; the arena travels separately
 * ({@link Arena}). The offsets of the handle containers ride along so the kernel can translate
 * handles without knowing the interface.
 *
 * <p>Writers trust their offsets (generated code); {@link #received} validates a header built from
 * untrusted bytes and every reader checks its bounds against {@code fixedSize}.
 */
public final class NkMessage {
  public static final int HEADER_SIZE = 24;
  public static final int OFF_RIID = 0;
  public static final int OFF_MID = 2;
  public static final int OFF_FLAGS = 4;
  public static final int OFF_NCAPS = 8;
  public static final int OFF_FIXED_SIZE = 12;
  public static final int OFF_ARENA_SIZE = 16;
  public static final int OFF_RESERVED = 20;
  /** Header flag: an error response, carrying error parameters instead of outputs. */
  public static final int FLAG_ERROR = 1;
  public static final int INVALID_RIID = 0xFFFF;

  private final byte[] bytes;
  private int[] handleOffsets = new int[0];

  /** An empty message able to hold {@code capacity} bytes of header and fixed part. */
  public NkMessage(int capacity) {
    if (capacity < HEADER_SIZE) {
      throw new IllegalArgumentException("capacity " + capacity + " < header size " + HEADER_SIZE);
    }
    this.bytes = new byte[capacity];
  }

  private NkMessage(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * A message read from untrusted bytes: the header must be whole, {@code fixedSize} must cover the
   * header and fit the bytes, the reserved word must be 0 and no unknown flag may be set.
   */
  public static NkMessage received(byte[] data) throws NkException {
    if (data.length < HEADER_SIZE) {
      throw NkException.badMessage("message of " + data.length + " bytes is shorter than the 24-byte header");
    }
    NkMessage m = new NkMessage(data);
    long fixed = Integer.toUnsignedLong(m.fixedSize());
    if (fixed < HEADER_SIZE || fixed > data.length) {
      throw NkException.badMessage("fixedSize " + fixed + " outside [24, " + data.length + "]");
    }
    if (fixed != data.length) {
      throw NkException.badMessage(
          "trailing bytes: fixedSize " + fixed + " but the message has " + data.length + " bytes");
    }
    if (LittleEndian.getInt(data, OFF_RESERVED) != 0) {
      throw NkException.badMessage("reserved header word at offset 20 is not 0");
    }
    if ((m.flags() & ~FLAG_ERROR) != 0) {
      throw NkException.badMessage(String.format("unknown header flags 0x%08x", m.flags()));
    }
    return m;
  }

  /**
   * Starts a new message ({@code nk_req_reset} + {@code nk_msg_set_method_id} +
   * {@code nk_msg_set_ncaps}): zeroes header and fixed part, then sets the ids, handle count and
   * fixed size.
   */
  public NkMessage reset(int riid, int mid, int ncaps, int fixedSize) {
    if (fixedSize < HEADER_SIZE || fixedSize > bytes.length) {
      throw new IllegalArgumentException("fixedSize " + fixedSize + " outside [24, " + bytes.length + "]");
    }
    Arrays.fill(bytes, 0, fixedSize, (byte) 0);
    LittleEndian.putShort(bytes, OFF_RIID, (short) riid);
    LittleEndian.putShort(bytes, OFF_MID, (short) mid);
    LittleEndian.putInt(bytes, OFF_NCAPS, ncaps);
    LittleEndian.putInt(bytes, OFF_FIXED_SIZE, fixedSize);
    handleOffsets = new int[0];
    return this;
  }

  public int riid() {
    return Short.toUnsignedInt(LittleEndian.getShort(bytes, OFF_RIID));
  }

  public int mid() {
    return Short.toUnsignedInt(LittleEndian.getShort(bytes, OFF_MID));
  }

  public int flags() {
    return LittleEndian.getInt(bytes, OFF_FLAGS);
  }

  public boolean isError() {
    return (flags() & FLAG_ERROR) != 0;
  }

  /** Marks an error response ({@code nk_err_reset}). */
  public void setError(boolean error) {
    LittleEndian.putInt(bytes, OFF_FLAGS, error ? flags() | FLAG_ERROR : flags() & ~FLAG_ERROR);
  }

  public int ncaps() {
    return LittleEndian.getInt(bytes, OFF_NCAPS);
  }

  public int fixedSize() {
    return LittleEndian.getInt(bytes, OFF_FIXED_SIZE);
  }

  public int arenaSize() {
    return LittleEndian.getInt(bytes, OFF_ARENA_SIZE);
  }

  public void setArenaSize(int size) {
    LittleEndian.putInt(bytes, OFF_ARENA_SIZE, size);
  }

  /** Offsets of the handle containers, in the order the layout assigns them. */
  public int[] handleOffsets() {
    return handleOffsets.clone();
  }

  public void setHandleOffsets(int... offsets) {
    this.handleOffsets = offsets.clone();
  }

  /** Bytes the buffer can hold (header and fixed part). */
  public int capacity() {
    return bytes.length;
  }

  /**
   * Replaces the message with what a transport delivered: header and fixed part (not checked here;
   * decoders check every field) and the offsets of its handle containers.
   *
   * @throws IllegalArgumentException if {@code data} does not fit; transports check {@link #capacity()} first
   */
  public void load(byte[] data, int[] offsets) {
    if (data.length > bytes.length) {
      throw new IllegalArgumentException(data.length + " bytes do not fit a message of " + bytes.length);
    }
    System.arraycopy(data, 0, bytes, 0, data.length);
    this.handleOffsets = offsets.clone();
  }

  /** Header and fixed part as sent: a copy of the first {@code fixedSize} bytes. */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, fixedSize());
  }

  /** Fails unless {@code size} bytes at {@code offset} lie inside the fixed part. */
  public void checkField(int offset, int size) throws NkException {
    long end = (long) offset + size;
    if (offset < HEADER_SIZE || end > Integer.toUnsignedLong(fixedSize())) {
      throw NkException.badMessage("field [" + offset + ", " + end + ") outside the fixed part of "
          + Integer.toUnsignedLong(fixedSize()) + " bytes");
    }
  }

  public byte getS8(int offset) {
    return bytes[offset];
  }

  public void putS8(int offset, byte v) {
    bytes[offset] = v;
  }

  public short getS16(int offset) {
    return LittleEndian.getShort(bytes, offset);
  }

  public void putS16(int offset, short v) {
    LittleEndian.putShort(bytes, offset, v);
  }

  public int getS32(int offset) {
    return LittleEndian.getInt(bytes, offset);
  }

  public void putS32(int offset, int v) {
    LittleEndian.putInt(bytes, offset, v);
  }

  public long getS64(int offset) {
    return LittleEndian.getLong(bytes, offset);
  }

  public void putS64(int offset, long v) {
    LittleEndian.putLong(bytes, offset, v);
  }

  public ChunkDesc getChunk(int offset) {
    return new ChunkDesc(getS32(offset), getS32(offset + 4));
  }

  public void putChunk(int offset, ChunkDesc chunk) {
    putS32(offset, chunk.offset());
    putS32(offset + 4, chunk.size());
  }

  public HandleDesc getHandle(int offset) {
    return new HandleDesc(getS32(offset), getS32(offset + 4), getS32(offset + 8), getS32(offset + 12));
  }

  public void putHandle(int offset, HandleDesc h) {
    putS32(offset, h.handle());
    putS32(offset + 4, h.rights());
    putS32(offset + 8, h.badge());
    putS32(offset + 12, h.flags());
  }
}
