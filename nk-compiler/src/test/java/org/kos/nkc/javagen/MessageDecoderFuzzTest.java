package org.kos.nkc.javagen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.kos.nk.Arena;
import org.kos.nk.NkException;
import org.kos.nk.NkMessage;
import types.EveryCodec;

/**
 * Fuzz target for the message decoders the Java back end generates, on testdata/nk/types/Every.idl
 * (every kind of NK type). Contract: a received message either decodes or is refused with an
 * {@link NkException} carrying a negative NK error; nothing else escapes (no IndexOutOfBounds,
 * no allocation the message merely claims). Input layout (MessageDecoderFuzzTestInputs/decode/
 * holds valid messages in it): byte 0 picks the decoder, bytes 1-2 the length of the fixed part
 * (big-endian), byte 3 the number H of handle offsets, then H little-endian ints, the fixed part,
 * and the arena (the rest).
 */
class MessageDecoderFuzzTest {
  /** A generated decoder, request or response of one method. */
  interface Decoder {
    Object decode(NkMessage msg, Arena arena) throws NkException;
  }

  static final List<Decoder> DECODERS = List.of(
      EveryCodec::decodeIntegersRequest, EveryCodec::decodeIntegersResponse,
      EveryCodec::decodeStringsRequest, EveryCodec::decodeStringsResponse,
      EveryCodec::decodeStructsRequest, EveryCodec::decodeStructsResponse,
      EveryCodec::decodeUnionsRequest, EveryCodec::decodeUnionsResponse,
      EveryCodec::decodeArraysRequest, EveryCodec::decodeArraysResponse,
      EveryCodec::decodeHandlesRequest, EveryCodec::decodeHandlesResponse,
      EveryCodec::decodeFailRequest, EveryCodec::decodeFailResponse, EveryCodec::decodeFailError,
      EveryCodec::decodeNothingRequest, EveryCodec::decodeNothingResponse);

  /** The input layout described above, for seeds. */
  static byte[] input(int decoder, byte[] fixed, int[] handles, byte[] arena) {
    ByteBuffer b = ByteBuffer.allocate(4 + 4 * handles.length + fixed.length + arena.length);
    b.put((byte) decoder).putShort((short) fixed.length).put((byte) handles.length);
    b.order(ByteOrder.LITTLE_ENDIAN);
    for (int h : handles) {
      b.putInt(h);
    }
    return b.put(fixed).put(arena).array();
  }

  @FuzzTest
  void decode(byte[] input) {
    if (input.length < 4) {
      return;
    }
    ByteBuffer b = ByteBuffer.wrap(input);
    Decoder decoder = DECODERS.get((b.get() & 0xff) % DECODERS.size());
    int fixedLength = b.getShort() & 0xffff;
    int handleCount = b.get() & 0xff;
    b.order(ByteOrder.LITTLE_ENDIAN);
    int[] handles = new int[Math.min(handleCount, b.remaining() / 4)];
    for (int i = 0; i < handles.length; i++) {
      handles[i] = b.getInt();
    }
    byte[] fixed = new byte[Math.min(fixedLength, b.remaining())];
    b.get(fixed);
    byte[] arena = Arrays.copyOfRange(input, b.position(), input.length);
    try {
      NkMessage m = NkMessage.received(fixed);
      m.setHandleOffsets(handles);
      decoder.decode(m, Arena.received(arena));
    } catch (NkException refused) {
      assertTrue(refused.error() < 0, refused.getMessage());
    }
  }
}
