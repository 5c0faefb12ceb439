package org.kos.nk;

/**
 * Little-endian fields at offsets: what the fixed part of a message ({@link NkMessage}) and the
 * arena ({@link Arena}) have in common, so one generated codec of a struct writes it in either
 * (in the fixed part as a parameter, in the arena as a sequence element). Writers trust their
 * offsets; readers rely on a bounds check done once for the whole region (the message's fixed
 * size, or the arena chunk taken).
 */
public interface WireBuffer {
  byte getS8(int offset);

  void putS8(int offset, byte v);

  short getS16(int offset);

  void putS16(int offset, short v);

  int getS32(int offset);

  void putS32(int offset, int v);

  long getS64(int offset);

  void putS64(int offset, long v);

  /** A chunk descriptor {@code {u32 offset, u32 size}}. */
  default ChunkDesc getChunk(int offset) {
    return new ChunkDesc(getS32(offset), getS32(offset + 4));
  }

  default void putChunk(int offset, ChunkDesc chunk) {
    putS32(offset, chunk.offset());
    putS32(offset + 4, chunk.size());
  }
}
