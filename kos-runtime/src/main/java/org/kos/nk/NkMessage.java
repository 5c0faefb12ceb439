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
public final class NkMessage implements WireBuffer {
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
  /**
   * Header flag: a status reply, header only, the NK error code (negative) in the word at offset
   * 20; sent when a server cannot produce a reply (unknown RIID or MID, malformed request).
   */
  public static final int FLAG_STATUS = 2;
  /** Offset of the status code of a status reply (the reserved word otherwise). */
  public static final int OFF_STATUS = OFF_RESERVED;
  public static final int INVALID_RIID = 0xFFFF;

  private static final int[] NO_HANDLES = new int[0];

  private final byte[] bytes;
  /** Offsets of the handle containers: written by {@link #putHandle}, or set by a transport. */
  private int[] handleOffsets = new int[4];
  private int handleCount;
  /** Containers taken so far by {@link #takeHandle} while decoding. */
  private int handlesTaken;

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
   * A message read from untrusted bytes (the array is used, not copied): see {@link #check} for
   * what is validated. Its handle offsets are empty until a transport sets them.
   */
  public static NkMessage received(byte[] data) throws NkException {
    check(data, data.length);
    NkMessage m = new NkMessage(data);
    m.handleOffsets = NO_HANDLES;
    return m;
  }

  /**
   * Checks the header of a received message of {@code length} bytes as {@link #received} does,
   * without wrapping it (for a kernel that keeps its own copy).
   *
   * @throws NkException {@code NK_EBADMSG} for a malformed header
   */
  public static void checkReceived(byte[] data, int length) throws NkException {
    check(data, length);
  }

  /**
   * Replaces this message by {@code length} received bytes of {@code data} (copied), validated as
   * {@link #received} does, for a transport filling a buffer it reuses. The handle offsets are
   * cleared; the transport sets them with {@link #setHandleOffsets}.
   *
   * @throws NkException {@code NK_EBADMSG} for a malformed header, {@code NK_ENOMEM} when the
   *     message does not fit this buffer
   */
  public void load(byte[] data, int length) throws NkException {
    check(data, length);
    if (length > bytes.length) {
      throw new NkException(NkErrors.NK_ENOMEM,
          "message of " + length + " bytes does not fit a buffer of " + bytes.length);
    }
    System.arraycopy(data, 0, bytes, 0, length);
    handleCount = 0;
    handlesTaken = 0;
  }

  /**
   * The header must be whole, {@code fixedSize} must cover the header and be exactly the length,
   * no unknown flag may be set, and the word at offset 20 must be 0, except in a status reply,
   * which is a header alone with a negative code there and no handles, arena or error flag.
   */
  private static void check(byte[] data, int length) throws NkException {
    if (length < HEADER_SIZE) {
      throw NkException.badMessage("message of " + length + " bytes is shorter than the 24-byte header");
    }
    long fixed = Integer.toUnsignedLong(LittleEndian.getInt(data, OFF_FIXED_SIZE));
    if (fixed < HEADER_SIZE || fixed > length) {
      throw NkException.badMessage("fixedSize " + fixed + " outside [24, " + length + "]");
    }
    if (fixed != length) {
      throw NkException.badMessage(
          "trailing bytes: fixedSize " + fixed + " but the message has " + length + " bytes");
    }
    int flags = LittleEndian.getInt(data, OFF_FLAGS);
    if ((flags & ~(FLAG_ERROR | FLAG_STATUS)) != 0) {
      throw NkException.badMessage(String.format("unknown header flags 0x%08x", flags));
    }
    int word20 = LittleEndian.getInt(data, OFF_RESERVED);
    if ((flags & FLAG_STATUS) == 0) {
      if (word20 != 0) {
        throw NkException.badMessage("reserved header word at offset 20 is not 0");
      }
      return;
    }
    if (flags != FLAG_STATUS || fixed != HEADER_SIZE || LittleEndian.getInt(data, OFF_NCAPS) != 0
        || LittleEndian.getInt(data, OFF_ARENA_SIZE) != 0) {
      throw NkException.badMessage("a status reply is a header alone, without error flag, handles or arena");
    }
    if (word20 >= 0) {
      throw NkException.badMessage("status reply with code " + word20 + ", not a negative NK error code");
    }
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
    handleCount = 0;
    handlesTaken = 0;
    return this;
  }

  /**
   * Makes this message a status reply to {@code riid}/{@code mid}: header only, {@link #FLAG_STATUS}
   * set and the NK error {@code code} (negative) at offset 20.
   */
  public NkMessage setStatus(int riid, int mid, int code) {
    if (code >= 0) {
      throw new IllegalArgumentException("status code " + code + " is not an NK error code");
    }
    reset(riid, mid, 0, HEADER_SIZE);
    LittleEndian.putInt(bytes, OFF_FLAGS, FLAG_STATUS);
    LittleEndian.putInt(bytes, OFF_STATUS, code);
    return this;
  }

  public boolean isStatus() {
    return (flags() & FLAG_STATUS) != 0;
  }

  /** The NK error code of a status reply, {@link NkErrors#NK_EOK} for any other message. */
  public int status() {
    return isStatus() ? LittleEndian.getInt(bytes, OFF_STATUS) : NkErrors.NK_EOK;
  }

  /**
   * What a client checks first in a response: a status reply becomes an {@link NkException} with
   * its code, and a reply to another endpoint or method is malformed.
   */
  public void checkReplyTo(int riid, int mid) throws NkException {
    if (isStatus()) {
      throw new NkException(status(), "the server answered method " + mid + " of endpoint " + riid
          + " with a status reply");
    }
    if (riid() != riid || mid() != mid) {
      throw NkException.badMessage("reply to riid " + riid() + " mid " + mid() + ", expected riid "
          + riid + " mid " + mid);
    }
  }

  /**
   * What a decoder checks first: the fixed size of the message it expects exactly, the flags
   * ({@code 0} or {@link #FLAG_ERROR}), and that the header's arena size is the arena's. Starts
   * the count of handles taken.
   */
  public void beginDecode(int expectedFixedSize, int expectedFlags, Arena arena) throws NkException {
    if (fixedSize() != expectedFixedSize) {
      throw NkException.badMessage("fixedSize " + Integer.toUnsignedLong(fixedSize()) + ", expected "
          + expectedFixedSize);
    }
    if (flags() != expectedFlags) {
      throw NkException.badMessage(String.format("header flags 0x%08x, expected 0x%08x", flags(), expectedFlags));
    }
    if (arenaSize() != arena.used()) {
      throw NkException.badMessage("header says " + Integer.toUnsignedLong(arenaSize())
          + " arena bytes, the arena has " + arena.used());
    }
    handlesTaken = 0;
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

  /** Offsets of the handle containers, in the order they were written. */
  public int[] handleOffsets() {
    return Arrays.copyOf(handleOffsets, handleCount);
  }

  /** The number of handle containers in {@link #handleOffsets()}. */
  public int handleCount() {
    return handleCount;
  }

  /** The offset of the {@code i}-th handle container. */
  public int handleOffset(int i) {
    if (i < 0 || i >= handleCount) {
      throw new IndexOutOfBoundsException("handle " + i + " of " + handleCount);
    }
    return handleOffsets[i];
  }

  /** Sets the handle container offsets that came with a received message (a transport does). */
  public void setHandleOffsets(int... offsets) {
    this.handleOffsets = offsets.clone();
    this.handleCount = offsets.length;
    this.handlesTaken = 0;
  }

  /** Bytes the buffer can hold (header and fixed part). */
  public int capacity() {
    return bytes.length;
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

  @Override
  public byte getS8(int offset) {
    return bytes[offset];
  }

  @Override
  public void putS8(int offset, byte v) {
    bytes[offset] = v;
  }

  @Override
  public short getS16(int offset) {
    return LittleEndian.getShort(bytes, offset);
  }

  @Override
  public void putS16(int offset, short v) {
    LittleEndian.putShort(bytes, offset, v);
  }

  @Override
  public int getS32(int offset) {
    return LittleEndian.getInt(bytes, offset);
  }

  @Override
  public void putS32(int offset, int v) {
    LittleEndian.putInt(bytes, offset, v);
  }

  @Override
  public long getS64(int offset) {
    return LittleEndian.getLong(bytes, offset);
  }

  @Override
  public void putS64(int offset, long v) {
    LittleEndian.putLong(bytes, offset, v);
  }

  /** The container at {@code offset}, read as it is (no checks; decoders use {@link #takeHandle}). */
  public HandleDesc getHandle(int offset) {
    return new HandleDesc(getS32(offset), getS32(offset + 4), getS32(offset + 8), getS32(offset + 12));
  }

  /**
   * Writes a handle container and records its offset in the handle table; {@code ncaps} becomes
   * the number of containers written since {@link #reset}, so it counts only the handles of the
   * union alternatives actually sent.
   */
  public void putHandle(int offset, HandleDesc h) {
    if (handleCount == handleOffsets.length) {
      handleOffsets = Arrays.copyOf(handleOffsets, Math.max(4, handleCount * 2));
    }
    handleOffsets[handleCount++] = offset;
    LittleEndian.putInt(bytes, OFF_NCAPS, handleCount);
    putS32(offset, h.handle());
    putS32(offset + 4, h.rights());
    putS32(offset + 8, h.badge());
    putS32(offset + 12, h.flags());
  }

  /**
   * Reads the next handle container while decoding: it must be the next entry of the handle table
   * the message came with, and within {@code ncaps}.
   */
  public HandleDesc takeHandle(int offset) throws NkException {
    if (handlesTaken >= Integer.toUnsignedLong(ncaps()) || handlesTaken >= handleCount) {
      throw NkException.badMessage("handle container at offset " + offset + " is beyond the "
          + Integer.toUnsignedLong(ncaps()) + " the header declares and the " + handleCount
          + " the handle table lists");
    }
    if (handleOffsets[handlesTaken] != offset) {
      throw NkException.badMessage("handle " + handlesTaken + " is at offset " + offset
          + " but the handle table says " + handleOffsets[handlesTaken]);
    }
    handlesTaken++;
    return getHandle(offset);
  }

  /** After decoding: every handle the header declares was read. */
  public void checkHandlesConsumed() throws NkException {
    if (handlesTaken != Integer.toUnsignedLong(ncaps()) || handlesTaken != handleCount) {
      throw NkException.badMessage("the header declares " + Integer.toUnsignedLong(ncaps())
          + " handles and the table lists " + handleCount + ", the message holds " + handlesTaken);
    }
  }
}
