package org.kos.ksm.pal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kos.ksm.module.Field;

/** Message values into bytes by the IR's layout (docs/wire-format.md; spec §16 item 24). */
class MessageEncoderTest {
  private static Field integer(String name, long offset, String type, long size) {
    return new Field(name, offset, Field.Kind.INTEGER, type, size, Map.of(), null);
  }

  private static Field string(String name, long offset, int bound) {
    return new Field(name, offset, Field.Kind.STRING, "string<" + bound + ">", 8, Map.of(), null);
  }

  private static Map<String, Field> params(Field... fields) {
    Map<String, Field> m = new LinkedHashMap<>();
    for (Field f : fields) {
      m.put(f.name(), f);
    }
    return m;
  }

  private static int u32(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
  }

  private static final Map<String, Field> ADD = params(integer("a", 24, "SInt32", 4), integer("b", 28, "SInt32", 4),
      integer("mode", 32, "UInt8", 1));

  @Test
  void integersAreLittleEndianAtTheirOffsets() throws StepException {
    PalMessage m = MessageEncoder.encode(ADD, Map.of("a", BigInteger.valueOf(0x01020304), "b", BigInteger.valueOf(-2)),
        0, 0, 0);
    assertArrayEquals(new byte[] {4, 3, 2, 1, -2, -1, -1, -1, 0}, java.util.Arrays.copyOfRange(m.fixed(), 24, 33));
  }

  @Test
  void theHeaderNamesEndpointMethodAndSizes() throws StepException {
    PalMessage m = MessageEncoder.encode(ADD, Map.of(), 3, 1, 1);
    byte[] h = m.fixed();
    assertEquals(40, h.length);
    assertEquals(List.of(3 | 1 << 16, 1, 0, 40, 0), List.of(u32(h, 0), u32(h, 4), u32(h, 8), u32(h, 12), u32(h, 16)));
  }

  @Test
  void aValueThatDoesNotFitIsRefused() {
    StepException e = assertThrows(StepException.class,
        () -> MessageEncoder.encode(ADD, Map.of("mode", BigInteger.valueOf(256)), 0, 0, 0));
    assertEquals("'mode' is UInt8; 256 does not fit", e.getMessage());
  }

  @Test
  void stringsAreArenaChunksWithTheirNul() throws StepException {
    PalMessage m = MessageEncoder.encode(params(string("p", 24, 8), string("q", 32, 8)), Map.of("q", "ab"), 0, 0, 0);
    assertEquals(List.of(0, 1, 1, 3), List.of(u32(m.fixed(), 24), u32(m.fixed(), 28), u32(m.fixed(), 32),
        u32(m.fixed(), 36)));
    assertArrayEquals(new byte[] {0, 'a', 'b', 0}, m.arena());
    assertEquals(4, u32(m.fixed(), 16));
  }

  @Test
  void aTooLongStringIsRefused() {
    assertThrows(StepException.class, () -> MessageEncoder.encode(params(string("p", 24, 2)), Map.of("p", "abc"),
        0, 0, 0));
  }

  @Test
  void handlesReportTheirSidsByContainerOffset() throws StepException {
    Field h = new Field("file", 24, Field.Kind.HANDLE, "Handle", 16, Map.of(), null);
    PalMessage m = MessageEncoder.encode(params(h), Map.of("file", Map.of("handle", BigInteger.valueOf(42),
        "rights", BigInteger.valueOf(5))), 0, 0, 0);
    assertEquals(42, m.handleSid(24));
    assertEquals(5, u32(m.fixed(), 28));
    assertEquals(1, u32(m.fixed(), 8));
  }

  @Test
  void anOmittedHandleIsAnEmptyContainer() throws StepException {
    Field h = new Field("file", 24, Field.Kind.HANDLE, "Handle", 16, Map.of(), null);
    PalMessage m = MessageEncoder.encode(params(h), Map.of(), 0, 0, 0);
    assertEquals(-1, m.handleSid(24));
    assertEquals(-1, u32(m.fixed(), 24));
  }

  @Test
  void sequenceElementsFillOneChunkAndTheirTextsFollowIt() throws StepException {
    Field seq = new Field("names", 24, Field.Kind.SEQUENCE, "sequence<string<4>, 3>", 8, Map.of(),
        string("", 0, 4));
    PalMessage m = MessageEncoder.encode(params(seq), Map.of("names", List.of("x", "yz")), 0, 0, 0);
    byte[] a = m.arena();
    assertEquals(List.of(0, 16), List.of(u32(m.fixed(), 24), u32(m.fixed(), 28)));
    assertEquals(List.of(16, 2, 18, 3), List.of(u32(a, 0), u32(a, 4), u32(a, 8), u32(a, 12)));
    assertEquals("x\0yz\0", new String(a, 16, 5, java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void structMembersAndUnionTags() throws StepException {
    Map<String, Field> alts = params(integer("small", 4, "UInt8", 1), integer("big", 4, "UInt32", 4));
    Field union = new Field("u", 24, Field.Kind.UNION, "U", 8, alts, null);
    PalMessage m = MessageEncoder.encode(params(union), Map.of("u", Map.of("big", BigInteger.valueOf(7))), 0, 0, 0);
    assertEquals(List.of(1, 7), List.of(u32(m.fixed(), 24), u32(m.fixed(), 28)));
  }
}
