package org.kos.nkc.javagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kos.nk.Arena;
import org.kos.nk.HandleDesc;
import org.kos.nk.NkErrors;
import org.kos.nk.NkException;
import org.kos.nk.NkMessage;
import types.Common;
import types.Every;
import types.EveryCodec;

/**
 * Generated decoders fed corrupted messages (every byte of the fixed part and the arena changed,
 * truncations, random bytes) throw NkException and nothing else.
 */
class BadBytesTest {
  private interface Decoder {
    Object decode(NkMessage msg, Arena arena) throws NkException;
  }

  /** A valid message: fixed part, arena and handle table as sent. */
  private record Sent(byte[] fixed, byte[] arena, int[] handles) {}

  private static Sent structsRequest() throws NkException {
    NkMessage m = new NkMessage(EveryCodec.MAX_FIXED_SIZE);
    Arena a = new Arena(4096);
    Every.Item item = new Every.Item((byte) 1, (short) 2, 3, 4, (byte) 5, (short) 6, 7, 8, "name", new byte[] {9});
    EveryCodec.encodeStructsRequest(m, a, 0, item, new Every.Nested(List.of(item), List.of(new Common.Point(1, 2),
        new Common.Point(3, 4)), new short[] {1}, new byte[] {2}, List.of("n"), List.of("x", "y"),
        List.of(new int[] {1}), new Every.Value.Text("t")));
    return new Sent(m.toByteArray(), a.toByteArray(), m.handleOffsets());
  }

  private static Sent handlesRequest() throws NkException {
    NkMessage m = new NkMessage(EveryCodec.MAX_FIXED_SIZE);
    Arena a = new Arena(64);
    Every.Holder holder = new Every.Holder(HandleDesc.of(1), new int[] {1, 2}, HandleDesc.of(2, 3, 4));
    EveryCodec.encodeHandlesRequest(m, a, 0, HandleDesc.of(5), holder, new Every.HandleOrInt.Holder(holder));
    return new Sent(m.toByteArray(), a.toByteArray(), m.handleOffsets());
  }

  /** Decodes; returns normally or with an NkException, which is the only exception allowed. */
  private static boolean decodes(Decoder d, byte[] fixed, byte[] arena, int[] handles) {
    try {
      NkMessage m = NkMessage.received(fixed);
      m.setHandleOffsets(handles);
      d.decode(m, Arena.received(arena));
      return true;
    } catch (NkException e) {
      assertTrue(e.error() < 0, e.getMessage());
      return false;
    }
  }

  private static int mutateEveryByte(Sent s, Decoder d) {
    int rejected = 0;
    for (int v : new int[] {0x00, 0x01, 0x7F, 0x80, 0xFF}) {
      for (int i = 0; i < s.fixed().length; i++) {
        byte[] f = s.fixed().clone();
        f[i] = (byte) v;
        rejected += decodes(d, f, s.arena(), s.handles()) ? 0 : 1;
      }
      for (int i = 0; i < s.arena().length; i++) {
        byte[] a = s.arena().clone();
        a[i] = (byte) v;
        rejected += decodes(d, s.fixed(), a, s.handles()) ? 0 : 1;
      }
    }
    return rejected;
  }

  @Test
  void validMessagesDecode() throws NkException {
    Sent s = structsRequest();
    assertTrue(decodes(EveryCodec::decodeStructsRequest, s.fixed(), s.arena(), s.handles()));
    Sent h = handlesRequest();
    assertTrue(decodes(EveryCodec::decodeHandlesRequest, h.fixed(), h.arena(), h.handles()));
  }

  @Test
  void everyByteOfAStructsRequestChangedGivesOnlyNkExceptions() throws NkException {
    assertTrue(mutateEveryByte(structsRequest(), EveryCodec::decodeStructsRequest) > 0);
  }

  @Test
  void everyByteOfAHandlesRequestChangedGivesOnlyNkExceptions() throws NkException {
    assertTrue(mutateEveryByte(handlesRequest(), EveryCodec::decodeHandlesRequest) > 0);
  }

  @Test
  void truncatedArenasAreRejected() throws NkException {
    Sent s = structsRequest();
    for (int n = 0; n < s.arena().length; n++) {
      assertEquals(false, decodes(EveryCodec::decodeStructsRequest, s.fixed(), Arrays.copyOf(s.arena(), n),
          s.handles()), "arena cut to " + n);
    }
  }

  @Test
  void aWrongHandleTableIsRejected() throws NkException {
    Sent s = handlesRequest();
    int[] shifted = s.handles().clone();
    shifted[1] += 4;
    assertEquals(false, decodes(EveryCodec::decodeHandlesRequest, s.fixed(), s.arena(), shifted));
    assertEquals(false, decodes(EveryCodec::decodeHandlesRequest, s.fixed(), s.arena(),
        Arrays.copyOf(s.handles(), s.handles().length - 1)));
  }

  @Test
  void randomBytesGiveOnlyNkExceptions() throws NkException {
    Sent s = structsRequest();
    Random random = new Random(42);
    for (int i = 0; i < 2000; i++) {
      byte[] f = s.fixed().clone();
      byte[] a = s.arena().clone();
      for (int k = 0; k < 4; k++) {
        f[NkMessage.HEADER_SIZE + random.nextInt(f.length - NkMessage.HEADER_SIZE)] = (byte) random.nextInt();
        a[random.nextInt(a.length)] = (byte) random.nextInt();
      }
      decodes(EveryCodec::decodeStructsRequest, f, a, s.handles());
    }
  }

  @Test
  void anUnknownUnionTagIsEbadmsg() throws NkException {
    NkMessage m = new NkMessage(EveryCodec.MAX_FIXED_SIZE);
    Arena a = new Arena(64);
    EveryCodec.encodeUnionsRequest(m, a, 0, new Every.Value.Big(1));
    NkMessage r = NkMessage.received(m.toByteArray());
    r.putS32(24, 4);
    try {
      EveryCodec.decodeUnionsRequest(r, Arena.received(a.toByteArray()));
    } catch (NkException e) {
      assertEquals(NkErrors.NK_EBADMSG, e.error());
      return;
    }
    throw new AssertionError("tag 4 decoded");
  }
}
