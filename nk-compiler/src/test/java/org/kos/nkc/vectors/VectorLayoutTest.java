package org.kos.nkc.vectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kos.nkc.layout.FieldLayout;
import org.kos.nkc.layout.MessageLayout;
import org.kos.nkc.layout.TypeLayout;
import org.kos.nkc.model.Parameter;

/**
 * The hand-written vectors against the layout stage, without any generated code: every header a
 * success vector spells out must carry the layout's MID, fixed size and handle count, its arena
 * must fit the layout's maximum, and its handle table must list the containers where the layout
 * places them for the values given. A disagreement means the vector or the layout misreads
 * docs/wire-format.md.
 */
class VectorLayoutTest {
  private static final VectorFiles.Vectors VECTORS = VectorFiles.load();

  @Test
  void vectorFilesCoverEveryKindOfVector() {
    assertTrue(VECTORS.success().size() >= 30, "success vectors: " + VECTORS.success().size());
    assertTrue(VECTORS.decodeFailures().size() >= 30, "decode failures: " + VECTORS.decodeFailures().size());
    assertTrue(!VECTORS.encodeFailures().isEmpty());
    assertTrue(!VECTORS.dispatchFailures().isEmpty());
  }

  @Test
  void vectorNamesAreUnique() {
    List<String> ids = new ArrayList<>();
    VECTORS.success().forEach(v -> ids.add("success " + v.id()));
    VECTORS.decodeFailures().forEach(v -> ids.add("decode " + v.id()));
    VECTORS.encodeFailures().forEach(v -> ids.add("encode " + v.id()));
    VECTORS.dispatchFailures().forEach(v -> ids.add("dispatch " + v.id()));
    assertEquals(ids.size(), new TreeSet<>(ids).size(), "duplicate vector names in " + ids);
  }

  @TestFactory
  Stream<DynamicTest> successHeadersAgreeWithTheLayout() {
    VectorModel m = VectorModel.get();
    return VECTORS.success().stream().map(v -> dynamicTest(v.id(), () -> {
      MessageLayout layout = m.messageLayout(v.ref());
      Header h = new Header(v.bytes());
      assertEquals(v.riid(), h.riid, "riid");
      assertEquals(m.methodLayout(v.ref()).mid(), h.mid, "mid");
      assertEquals(v.ref().kind() == MessageLayout.Kind.ERROR ? 1 : 0, h.flags, "flags");
      assertEquals(layout.fixedSize(), h.fixedSize, "fixedSize");
      assertEquals(layout.fixedSize(), v.bytes().length, "length of header + fixed part");
      assertEquals(v.arena().length, h.arenaSize, "arenaSize");
      assertTrue(v.arena().length <= layout.maxArena(), "arena " + v.arena().length + " > max " + layout.maxArena());
      assertEquals(0, h.reserved, "reserved");
      assertEquals(v.handles().length, h.ncaps, "ncaps is the handle table's length");
      assertArrayEquals(containers(layout, v.values()), v.handles(), "handle table");
    }));
  }

  @TestFactory
  Stream<DynamicTest> valuesNameExactlyTheParametersOfTheMessage() {
    VectorModel m = VectorModel.get();
    Stream<DynamicTest> success = VECTORS.success().stream()
        .map(v -> dynamicTest(v.id(), () -> assertParameters(m, v.ref(), v.values())));
    Stream<DynamicTest> encode = VECTORS.encodeFailures().stream()
        .map(v -> dynamicTest(v.id(), () -> assertParameters(m, v.ref(), v.values())));
    return Stream.concat(success, encode);
  }

  @TestFactory
  Stream<DynamicTest> decodeFailuresNameAMessageThatExists() {
    VectorModel m = VectorModel.get();
    return VECTORS.decodeFailures().stream().map(v -> dynamicTest(v.id(), () -> m.messageLayout(v.ref())));
  }

  @TestFactory
  Stream<DynamicTest> dispatchFailuresExpectAStatusReplyToTheRequest() {
    VectorModel m = VectorModel.get();
    return VECTORS.dispatchFailures().stream().map(v -> dynamicTest(v.id(), () -> {
      assertTrue(m.model.iface(v.dispatcher()).isPresent() || m.model.taskClass(v.dispatcher()).isPresent()
          || m.model.component(v.dispatcher()).isPresent(), "no interface, class or component " + v.dispatcher());
      Header req = new Header(v.bytes());
      Header reply = new Header(v.reply());
      assertEquals(24, v.reply().length);
      assertEquals(req.riid, reply.riid, "riid of the request");
      assertEquals(req.mid, reply.mid, "mid of the request");
      assertEquals(2, reply.flags, "STATUS flag alone");
      assertEquals(0, reply.ncaps);
      assertEquals(24, reply.fixedSize);
      assertEquals(0, reply.arenaSize);
      assertEquals(v.error(), reply.reserved, "the NK code at offset 20");
    }));
  }

  private static void assertParameters(VectorModel m, VectorFiles.MessageRef ref, JsonNode values) {
    List<String> expected = m.parameters(ref).stream().map(Parameter::name).toList();
    List<String> given = new ArrayList<>();
    values.fieldNames().forEachRemaining(given::add);
    assertEquals(expected, given, "parameters of " + ref + ", in declaration order");
  }

  /** Offsets of the handle containers the values put in the message, depth first. */
  static int[] containers(MessageLayout layout, JsonNode values) {
    List<Integer> out = new ArrayList<>();
    for (FieldLayout f : layout.fields()) {
      walk(f.type(), f.offset(), values.get(f.name()), out);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static void walk(TypeLayout t, long at, JsonNode value, List<Integer> out) {
    switch (t.kind()) {
      case HANDLE -> out.add(Math.toIntExact(at));
      case STRUCT -> t.members().forEach(mb -> walk(mb.type(), at + mb.offset(), value.get(mb.name()), out));
      case UNION -> {
        Iterator<String> names = value.fieldNames();
        String chosen = names.next();
        FieldLayout mb = t.members().stream().filter(x -> x.name().equals(chosen)).findFirst().orElseThrow();
        walk(mb.type(), at + mb.offset(), value.get(chosen), out);
      }
      case ARRAY -> {
        for (int i = 0; i < value.size(); i++) {
          walk(t.element(), at + i * t.element().size(), value.get(i), out);
        }
      }
      default -> { }
    }
  }

  /** The 24-byte header, read the plain way (not through the code under test). */
  private static final class Header {
    final int riid;
    final int mid;
    final int flags;
    final int ncaps;
    final long fixedSize;
    final long arenaSize;
    final int reserved;

    Header(byte[] bytes) {
      ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
      riid = Short.toUnsignedInt(b.getShort(0));
      mid = Short.toUnsignedInt(b.getShort(2));
      flags = b.getInt(4);
      ncaps = b.getInt(8);
      fixedSize = Integer.toUnsignedLong(b.getInt(12));
      arenaSize = Integer.toUnsignedLong(b.getInt(16));
      reserved = b.getInt(20);
    }
  }
}
