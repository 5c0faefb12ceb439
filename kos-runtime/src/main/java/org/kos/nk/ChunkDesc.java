package org.kos.nk;

/**
 * An arena chunk descriptor ({@code nk_ptr_t}): offset from the arena start and size in bytes, both
 * unsigned 32-bit on the wire. Eight bytes, alignment 4.
 */
public record ChunkDesc(int offset, int size) {
  public static final int SIZE = 8;
  public static final int ALIGNMENT = 4;
  /** The descriptor of an absent (empty) chunk. */
  public static final ChunkDesc EMPTY = new ChunkDesc(0, 0);

  public long unsignedOffset() {
    return Integer.toUnsignedLong(offset);
  }

  public long unsignedSize() {
    return Integer.toUnsignedLong(size);
  }

  /** First byte after the chunk, as an unsigned value (never overflows). */
  public long end() {
    return unsignedOffset() + unsignedSize();
  }
}
