package org.kos.nkc.javagen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.kos.nk.Arena;
import org.kos.nk.NkException;
import org.kos.nk.NkMessage;
import types.Common;
import types.Every;
import types.EveryCodec;

/**
 * NK encode → decode is the identity: generated random values of every kind of type in
 * testdata/nk/types/Every.idl go through the generated codec's encoder and come back equal from
 * its decoder (over the bytes: the message and arena as sent).
 */
class EncodeDecodePropertyTest {
  private interface Encoder {
    void encode(NkMessage m, Arena a) throws NkException;
  }

  /** Encodes, copies the bytes as a transport would, decodes. */
  private static Object roundTrip(Encoder encoder, MessageDecoderFuzzTest.Decoder decoder) throws NkException {
    NkMessage m = new NkMessage(EveryCodec.MAX_FIXED_SIZE);
    Arena a = Arena.forMaxSize(EveryCodec.MAX_ARENA);
    encoder.encode(m, a);
    NkMessage received = NkMessage.received(m.toByteArray());
    received.setHandleOffsets(m.handleOffsets());
    return decoder.decode(received, Arena.received(a.toByteArray()));
  }

  /** Records compared by value, arrays by content: the generated records hold arrays. */
  static String show(Object o) {
    if (o == null) {
      return "null";
    }
    if (o instanceof byte[] b) {
      return Arrays.toString(b);
    }
    if (o instanceof short[] s) {
      return Arrays.toString(s);
    }
    if (o instanceof int[] i) {
      return Arrays.toString(i);
    }
    if (o instanceof long[] l) {
      return Arrays.toString(l);
    }
    if (o instanceof List<?> list) {
      return list.stream().map(EncodeDecodePropertyTest::show).collect(Collectors.joining(", ", "[", "]"));
    }
    if (o.getClass().isRecord()) {
      StringBuilder b = new StringBuilder(o.getClass().getSimpleName()).append('(');
      for (RecordComponent c : o.getClass().getRecordComponents()) {
        try {
          b.append(c.getName()).append('=').append(show(c.getAccessor().invoke(o))).append(' ');
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return b.append(')').toString();
    }
    return o.toString();
  }

  /** Strings of at most {@code maxBytes} UTF-8 bytes, with 2-, 3- and 4-byte characters. */
  private static Arbitrary<String> text(int maxBytes) {
    return Arbitraries.strings().withChars("az09 _é\u00ff\u4e2d").withChars("\ud83d\ude00".toCharArray())
        .ofMaxLength(maxBytes)
        .filter(s -> !s.contains("\ud83d\ud83d") && s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= maxBytes
            && wellFormed(s));
  }

  private static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(++i)))) {
        return false;
      }
      if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static Arbitrary<byte[]> bytes(int min, int max) {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max);
  }

  private static Arbitrary<Common.Point> points() {
    return Combinators.combine(Arbitraries.integers(), Arbitraries.integers()).as(Common.Point::new);
  }

  @Provide
  Arbitrary<Every.Item> items() {
    return Combinators.combine(
        Combinators.combine(Arbitraries.bytes(), Arbitraries.shorts(), Arbitraries.integers(), Arbitraries.longs(),
            Arbitraries.bytes(), Arbitraries.shorts(), Arbitraries.integers(), Arbitraries.longs()).as(List::of),
        text(16), bytes(0, 8)).as((n, name, blob) -> new Every.Item((Byte) n.get(0), (Short) n.get(1),
            (Integer) n.get(2), (Long) n.get(3), (Byte) n.get(4), (Short) n.get(5), (Integer) n.get(6),
            (Long) n.get(7), name, blob));
  }

  @Provide
  Arbitrary<Every.Value> values() {
    return Arbitraries.oneOf(Arbitraries.bytes().map(Every.Value.Small::new),
        Arbitraries.longs().map(Every.Value.Big::new), text(16).map(Every.Value.Text::new),
        points().map(Every.Value.Point::new));
  }

  @Provide
  Arbitrary<Every.Nested> nesteds() {
    Arbitrary<short[]> shorts = Arbitraries.shorts().list().ofMaxSize(5).map(l -> {
      short[] s = new short[l.size()];
      for (int i = 0; i < s.length; i++) {
        s[i] = l.get(i);
      }
      return s;
    });
    Arbitrary<int[]> row = Arbitraries.integers().list().ofMaxSize(3).map(l -> l.stream().mapToInt(x -> x).toArray());
    return Combinators.combine(items().list().ofMaxSize(4), points().list().ofSize(2), shorts, bytes(0, 6),
        text(16).list().ofMaxSize(3), text(16).list().ofSize(2), row.list().ofMaxSize(2), values())
        .as(Every.Nested::new);
  }

  @Property(tries = 200)
  void integersOfEveryWidthRoundTrip(@ForAll byte a, @ForAll byte b, @ForAll short c, @ForAll short d, @ForAll int e,
      @ForAll int f, @ForAll long g, @ForAll long h, @ForAll long s, @ForAll long p) throws NkException {
    Object back = roundTrip((m, ar) -> EveryCodec.encodeIntegersRequest(m, ar, 0, a, b, c, d, e, f, g, h, s, p),
        EveryCodec::decodeIntegersRequest);
    assertEquals(show(new EveryCodec.IntegersRequest(a, b, c, d, e, f, g, h, s, p)), show(back));
  }

  @Property(tries = 200)
  void stringsAndBytesRoundTrip(@ForAll("short8") String s, @ForAll("bytes8") byte[] b) throws NkException {
    Object back = roundTrip((m, a) -> EveryCodec.encodeStringsRequest(m, a, 0, s, b), EveryCodec::decodeStringsRequest);
    assertEquals(show(new EveryCodec.StringsRequest(s, b)), show(back));
  }

  @Provide
  Arbitrary<String> short8() {
    return text(8);
  }

  @Provide
  Arbitrary<byte[]> bytes8() {
    return bytes(0, 8);
  }

  @Property(tries = 200)
  void structsWithSequencesArraysAndUnionsRoundTrip(@ForAll("items") Every.Item item,
      @ForAll("nesteds") Every.Nested nested) throws NkException {
    Object back = roundTrip((m, a) -> EveryCodec.encodeStructsRequest(m, a, 0, item, nested),
        EveryCodec::decodeStructsRequest);
    assertEquals(show(new EveryCodec.StructsRequest(item, nested)), show(back));
  }

  @Property(tries = 200)
  void everyUnionAlternativeRoundTrips(@ForAll("values") Every.Value v) throws NkException {
    Object back = roundTrip((m, a) -> EveryCodec.encodeUnionsResponse(m, a, 0, v), EveryCodec::decodeUnionsResponse);
    assertEquals(show(new EveryCodec.UnionsResponse(v)), show(back));
  }
}
