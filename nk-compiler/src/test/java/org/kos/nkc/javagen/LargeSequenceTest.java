package org.kos.nkc.javagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.kos.nk.Arena;
import org.kos.nk.NkErrors;
import org.kos.nk.NkException;
import org.kos.nk.NkMessage;
import types.BulkCodec;
import types.Common;

/**
 * testdata/nk/types/Bulk.idl: a sequence within the wire limits whose byte count (elements times
 * element size) passes {@code Integer.MAX_VALUE}. The encoder computes it in {@code long}, so it
 * fails with the runtime's NK_ENOMEM for an arena too small, naming the real size, not a wrapped one.
 */
class LargeSequenceTest {
  @Test
  void sequenceLargerThanTheArenaFailsWithEnomemStatingItsRealByteCount() {
    int count = 300_000_000; // 8-byte points: 2.4e9 bytes, below the bound's 4294967288
    NkMessage msg = new NkMessage(BulkCodec.MAX_FIXED_SIZE);
    Arena arena = new Arena(64);
    NkException e = assertThrows(NkException.class, () -> BulkCodec.encodeSendRequest(msg, arena, 0,
        Collections.nCopies(count, new Common.Point(1, 2))));
    assertEquals(NkErrors.NK_ENOMEM, e.error());
    assertTrue(e.getMessage().contains("cannot hold " + 8L * count + " more bytes"), e.getMessage());
  }
}
