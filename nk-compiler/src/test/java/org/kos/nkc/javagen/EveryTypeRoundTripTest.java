package org.kos.nkc.javagen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kos.nk.HandleDesc;
import org.kos.nk.LoopbackTransport;
import org.kos.nk.NkErrors;
import org.kos.nk.NkException;
import types.Common;
import types.Every;
import types.EveryCodec;
import types.EveryDispatcher;
import types.EveryProxy;

/** testdata/nk/types: every type through proxy → loopback (real bytes) → dispatcher → server and back. */
class EveryTypeRoundTripTest {
  private static final Common.Point P1 = new Common.Point(1, -2);
  private static final Common.Point P2 = new Common.Point(Integer.MIN_VALUE, Integer.MAX_VALUE);

  /** A server that sends back what it receives, transformed so both directions are checked. */
  static final class Server implements Every {
    int nothingCalls;

    @Override
    public IntegersOut integers(byte a, byte b, short c, short d, int e, int f, long g, long h, long s, long p) {
      return new IntegersOut(a + b + c + d + e + f + g + h + s + p, (byte) -b);
    }

    @Override
    public StringsOut strings(String s, byte[] b) {
      byte[] doubled = new byte[b.length * 2];
      System.arraycopy(b, 0, doubled, 0, b.length);
      System.arraycopy(b, 0, doubled, b.length, b.length);
      return new StringsOut(s + s, doubled);
    }

    @Override
    public Nested structs(Item item, Nested nested) {
      return new Nested(List.of(item, item), nested.corners(), nested.shorts(), nested.octets(), nested.names(),
          nested.twoNames(), nested.grid(), nested.value());
    }

    @Override
    public Value unions(Value v) {
      return v;
    }

    @Override
    public long[] arrays(byte[] bytes3, List<Common.Point> points) {
      return new long[] {bytes3[0] + bytes3[1] + bytes3[2], points.get(0).x() + (long) points.get(1).x()};
    }

    @Override
    public HandlesOut handles(HandleDesc h, Holder holder, HandleOrInt either) {
      HandleOrInt swapped = either instanceof HandleOrInt.N n ? new HandleOrInt.Holder(holder)
          : new HandleOrInt.N(((HandleOrInt.Holder) either).value().pair()[0]);
      return new HandlesOut(h, holder, swapped);
    }

    @Override
    public int fail(int code) throws FailError {
      throw new FailError(code + 1, "failed " + code);
    }

    @Override
    public void nothing() {
      nothingCalls++;
    }
  }

  private final Server server = new Server();
  private final Every client = new EveryProxy(
      new LoopbackTransport(new EveryDispatcher(server), EveryCodec.MAX_FIXED_SIZE, EveryCodec.MAX_ARENA), 0);

  private static Every.Item item(int seed) {
    return new Every.Item((byte) 0xFF, (short) 0xFFFF, 0xFFFFFFFF, -1L, (byte) -128, (short) -32768, seed,
        Long.MIN_VALUE, "item" + seed, new byte[] {1, 2, (byte) seed});
  }

  private static void assertItem(Every.Item expected, Every.Item actual) {
    assertEquals(List.of(expected.a(), expected.b(), expected.c(), expected.d(), expected.e(), expected.f(),
            expected.g(), expected.h(), expected.name()),
        List.of(actual.a(), actual.b(), actual.c(), actual.d(), actual.e(), actual.f(), actual.g(), actual.h(),
            actual.name()));
    assertArrayEquals(expected.blob(), actual.blob());
  }

  private static Every.Nested nested(Every.Value value) {
    return new Every.Nested(List.of(item(1)), List.of(P1, P2), new short[] {1, -1, 300},
        new byte[] {9, 8, 7, 6, 5, 4}, List.of("a", "", "ünï"), List.of("x", "y"),
        List.of(new int[] {1, 2, 3}, new int[0]), value);
  }

  @Test
  void integersOfEveryWidthAndSignednessRoundTrip() throws NkException {
    Every.IntegersOut out = client.integers((byte) 0xFF, (byte) -5, (short) 0xFFFF, (short) -300, 0xFFFFFFFF,
        -70000, Long.MAX_VALUE, -1L, 7L, 8L);
    assertEquals(-1 - 5 - 1 - 300 - 1 - 70000 + Long.MAX_VALUE - 1 + 7 + 8, out.sum());
    assertEquals((byte) 5, out.neg());
  }

  @Test
  void stringsAndBytesRoundTrip() throws NkException {
    Every.StringsOut out = client.strings("héllo", new byte[] {0, 1, (byte) 0xFE});
    assertEquals("héllohéllo", out.longer());
    assertArrayEquals(new byte[] {0, 1, (byte) 0xFE, 0, 1, (byte) 0xFE}, out.doubled());
  }

  @Test
  void emptyStringAndBytesRoundTrip() throws NkException {
    Every.StringsOut out = client.strings("", new byte[0]);
    assertEquals("", out.longer());
    assertArrayEquals(new byte[0], out.doubled());
  }

  @Test
  void structsWithSequencesArraysAndAUnionRoundTrip() throws NkException {
    Every.Nested back = client.structs(item(3), nested(new Every.Value.Text("inside")));
    assertEquals(2, back.items().size());
    assertItem(item(3), back.items().get(0));
    assertItem(item(3), back.items().get(1));
    assertEquals(List.of(P1, P2), back.corners());
    assertArrayEquals(new short[] {1, -1, 300}, back.shorts());
    assertArrayEquals(new byte[] {9, 8, 7, 6, 5, 4}, back.octets());
    assertEquals(List.of("a", "", "ünï"), back.names());
    assertEquals(List.of("x", "y"), back.twoNames());
    assertEquals(2, back.grid().size());
    assertArrayEquals(new int[] {1, 2, 3}, back.grid().get(0));
    assertArrayEquals(new int[0], back.grid().get(1));
    assertEquals(new Every.Value.Text("inside"), back.value());
  }

  @Test
  void everyUnionAlternativeRoundTrips() throws NkException {
    for (Every.Value v : List.of(new Every.Value.Small((byte) 0xFE), new Every.Value.Big(-2L),
        new Every.Value.Text("sixteen bytes ok"), new Every.Value.Point(P2))) {
      assertEquals(v, client.unions(v));
    }
  }

  @Test
  void arraysOfIntegersAndStructsRoundTrip() throws NkException {
    assertArrayEquals(new long[] {6, 1L + Integer.MIN_VALUE}, client.arrays(new byte[] {1, 2, 3}, List.of(P1, P2)));
  }

  @Test
  void handlesKeepTheirRightsBadgesAndFlags() throws NkException {
    HandleDesc h = HandleDesc.of(10, 0x7, 0x55);
    Every.Holder holder = new Every.Holder(HandleDesc.of(11), new int[] {4, 5}, HandleDesc.of(12, 0x1, 0x99));
    Every.HandlesOut out = client.handles(h, holder, new Every.HandleOrInt.N(9));
    assertEquals(h, out.first());
    assertEquals(HandleDesc.of(11), out.back().h());
    assertArrayEquals(new int[] {4, 5}, out.back().pair());
    assertEquals(HandleDesc.of(12, 0x1, 0x99), out.back().self());
    Every.HandleOrInt.Holder swapped = (Every.HandleOrInt.Holder) out.swapped();
    assertEquals(HandleDesc.of(12, 0x1, 0x99), swapped.value().self());
    assertEquals(0x99, swapped.value().self().badgeFor(0x1));
  }

  @Test
  void aUnionAlternativeWithoutHandlesSendsFewerHandles() throws NkException {
    Every.Holder holder = new Every.Holder(HandleDesc.of(1), new int[] {7, 8}, HandleDesc.of(2));
    Every.HandlesOut out = client.handles(HandleDesc.of(3), holder, new Every.HandleOrInt.Holder(holder));
    assertEquals(new Every.HandleOrInt.N(7), out.swapped());
  }

  @Test
  void errorParametersArriveAsTheMethodsException() {
    Every.FailError e = assertThrows(Every.FailError.class, () -> client.fail(41));
    assertEquals(42, e.reason());
    assertEquals("failed 41", e.text());
  }

  @Test
  void aMethodWithoutParametersIsCalled() throws NkException {
    client.nothing();
    client.nothing();
    assertEquals(2, server.nothingCalls);
  }

  @Test
  void aStringOverItsBoundFailsWithEinvalBeforeSending() {
    NkException e = assertThrows(NkException.class, () -> client.strings("nine char", new byte[0]));
    assertEquals(NkErrors.NK_EINVAL, e.error());
    assertEquals(0, server.nothingCalls);
  }

  @Test
  void aSequenceOverItsBoundFailsWithEinval() {
    Every.Nested tooMany = new Every.Nested(List.of(item(1), item(2), item(3), item(4), item(5)), List.of(P1, P2),
        new short[0], new byte[0], List.of(), List.of("x", "y"), List.of(), new Every.Value.Big(1));
    NkException e = assertThrows(NkException.class, () -> client.structs(item(0), tooMany));
    assertEquals(NkErrors.NK_EINVAL, e.error());
  }

  @Test
  void anArrayOfTheWrongLengthFailsWithEinval() {
    NkException e = assertThrows(NkException.class, () -> client.arrays(new byte[2], List.of(P1, P2)));
    assertEquals(NkErrors.NK_EINVAL, e.error());
  }

  @Test
  void constantsKeepTheirBitsInTheJavaType() {
    assertEquals((byte) -1, Every.SmallMax);
    assertEquals((byte) -128, Every.SmallMin);
    assertEquals((short) -1, Every.MidMax);
    assertEquals(-1, Every.WordMax);
    assertEquals(Long.MIN_VALUE, Every.LongMin);
    assertEquals(-1L, Every.LongMax);
    assertEquals(-1, Common.Origin);
  }
}
