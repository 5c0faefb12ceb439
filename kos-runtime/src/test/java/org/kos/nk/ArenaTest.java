package org.kos.nk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArenaTest {
  @Test
  void chunksArePlacedContiguouslyInStoreOrder() throws NkException {
    Arena a = new Arena(64);
    assertEquals(new ChunkDesc(0, 3), a.storeString("ab", 10));
    assertEquals(new ChunkDesc(3, 2), a.store(new byte[] {1, 2}));
    assertEquals(5, a.used());
    assertArrayEquals(new byte[] {'a', 'b', 0, 1, 2}, a.toByteArray());
  }

  @Test
  void storeBeyondCapacityIsEnomem() {
    Arena a = new Arena(4);
    NkException e = assertThrows(NkException.class, () -> a.store(new byte[5]));
    assertEquals(NkErrors.NK_ENOMEM, e.error());
  }

  @Test
  void allocOfMoreThanAnIntHoldsIsEnomemAndLeavesTheArenaUnchanged() {
    Arena a = new Arena(64);
    NkException e = assertThrows(NkException.class, () -> a.alloc((1L << 32) + 8));
    assertEquals(NkErrors.NK_ENOMEM, e.error());
    assertEquals(0, a.used());
  }

  @Test
  void storeStringOverItsBoundIsEinval() {
    NkException e = assertThrows(NkException.class, () -> new Arena(64).storeString("abcd", 3));
    assertEquals(NkErrors.NK_EINVAL, e.error());
  }

  @Test
  void stringRoundTripsAndConsumesTheWholeArena() throws NkException {
    Arena w = new Arena(64);
    ChunkDesc c = w.storeString("привет", 32);
    Arena r = Arena.received(w.toByteArray());
    assertEquals("привет", r.string(c, 32, "s"));
    r.checkFullyConsumed();
  }

  @Test
  void stringWithoutNulIsMalformed() {
    Arena r = Arena.received(new byte[] {'a', 'b'});
    NkException e = assertThrows(NkException.class, () -> r.string(new ChunkDesc(0, 2), 10, "s"));
    assertTrue(e.getMessage().contains("NUL-terminated"), e.getMessage());
  }

  @Test
  void stringOverItsBoundIsMalformed() {
    Arena r = Arena.received(new byte[] {'a', 'b', 'c', 0});
    assertThrows(NkException.class, () -> r.string(new ChunkDesc(0, 4), 2, "s"));
  }

  @Test
  void chunkPastTheArenaEndIsMalformed() {
    Arena r = Arena.received(new byte[4]);
    NkException e = assertThrows(NkException.class, () -> r.bytes(new ChunkDesc(2, 4), 10, "b"));
    assertEquals(NkErrors.NK_EBADMSG, e.error());
  }

  @Test
  void chunkWithHugeUnsignedOffsetIsMalformedNotAnOverflow() {
    Arena r = Arena.received(new byte[4]);
    assertThrows(NkException.class, () -> r.bytes(new ChunkDesc(0xFFFFFFF0, 0x20), 100, "b"));
  }

  @Test
  void sequenceSizeMustBeAWholeNumberOfElements() {
    Arena r = Arena.received(new byte[6]);
    assertThrows(NkException.class, () -> r.take(new ChunkDesc(0, 6), 4, 16, "seq"));
  }

  @Test
  void overlappingChunksAreRejected() throws NkException {
    Arena r = Arena.received(new byte[8]);
    r.bytes(new ChunkDesc(0, 6), 8, "a");
    r.bytes(new ChunkDesc(4, 4), 8, "b");
    NkException e = assertThrows(NkException.class, r::checkFullyConsumed);
    assertTrue(e.getMessage().contains("overlapping"), e.getMessage());
  }

  @Test
  void bytesNoChunkCoversAreRejectedAsTrailing() throws NkException {
    Arena r = Arena.received(new byte[8]);
    r.bytes(new ChunkDesc(0, 4), 8, "a");
    NkException e = assertThrows(NkException.class, r::checkFullyConsumed);
    assertTrue(e.getMessage().contains("trailing"), e.getMessage());
  }
}
