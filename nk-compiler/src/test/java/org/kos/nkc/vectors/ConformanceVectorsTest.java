package org.kos.nkc.vectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kos.nk.Arena;
import org.kos.nk.Dispatcher;
import org.kos.nk.LoopbackTransport;
import org.kos.nk.NkErrors;
import org.kos.nk.NkException;
import org.kos.nk.NkMessage;
import org.kos.nkc.layout.MessageLayout;
import org.kos.nkc.model.Parameter;

/**
 * Every conformance vector of {@code testdata/nk-vectors} through the Java stubs generated for
 * {@code testdata/nk-vectors/vec}: success vectors encode to exactly their bytes, arena and handle
 * table and decode back to their values; failure vectors fail with their NK error and never with
 * another exception; dispatch failures give their status reply without calling the implementation.
 */
class ConformanceVectorsTest {
  private static final VectorFiles.Vectors VECTORS = VectorFiles.load();
  private static final int BUFFER = 4096;

  @TestFactory
  Stream<DynamicTest> successVectorsEncodeToExactlyTheirBytes() {
    return VECTORS.success().stream().map(v -> dynamicTest(v.id(), () -> {
      NkMessage msg = new NkMessage(BUFFER);
      Arena arena = new Arena(BUFFER);
      invoke(GeneratedStubs.encoder(v.ref()), encoderArguments(v.ref(), msg, arena, v.riid(), v.values()));
      assertEquals(hex(v.bytes()), hex(msg.toByteArray()), v.id() + ": header and fixed part");
      assertEquals(hex(v.arena()), hex(arena.toByteArray()), v.id() + ": arena");
      assertArrayEquals(v.handles(), msg.handleOffsets(), v.id() + ": handle table");
    }));
  }

  @TestFactory
  Stream<DynamicTest> successVectorsDecodeToTheirValues() {
    return VECTORS.success().stream().map(v -> dynamicTest(v.id(), () -> {
      Object decoded = invoke(GeneratedStubs.decoder(v.ref()), received(v.bytes(), v.handles(), v.arena()));
      assertEquals(canonical(v.ref(), v.values()), decodedJson(v.ref(), decoded), v.id());
    }));
  }

  @TestFactory
  Stream<DynamicTest> decodeFailuresGiveTheirNkError() {
    return VECTORS.decodeFailures().stream().map(v -> dynamicTest(v.id(), () -> {
      Method decoder = GeneratedStubs.decoder(v.ref());
      int code;
      try {
        Object[] args = received(v.bytes(), v.handles(), v.arena());
        code = failureOf(v.id(), () -> invoke(decoder, args));
      } catch (NkException e) {
        code = e.error();
      }
      assertEquals(NkErrors.name(v.error()), NkErrors.name(code), v.id());
    }));
  }

  @TestFactory
  Stream<DynamicTest> encodeFailuresGiveTheirNkError() {
    return VECTORS.encodeFailures().stream().map(v -> dynamicTest(v.id(), () -> {
      Object[] args = encoderArguments(v.ref(), new NkMessage(BUFFER), new Arena(BUFFER), v.riid(), v.values());
      int code = failureOf(v.id(), () -> invoke(GeneratedStubs.encoder(v.ref()), args));
      assertEquals(NkErrors.name(v.error()), NkErrors.name(code), v.id());
    }));
  }

  @TestFactory
  Stream<DynamicTest> dispatchFailuresReturnTheirCodeAndStatusReply() {
    return VECTORS.dispatchFailures().stream().map(v -> dynamicTest(v.id(), () -> {
      AtomicInteger calls = new AtomicInteger();
      Dispatcher dispatcher = GeneratedStubs.dispatcher(v.dispatcher(), calls);
      Object[] req = received(v.bytes(), v.handles(), v.arena());
      int code = dispatcher.dispatch((NkMessage) req[0], (Arena) req[1], new NkMessage(BUFFER), new Arena(BUFFER));
      assertEquals(NkErrors.name(v.error()), NkErrors.name(code), v.id() + ": dispatch result");

      NkMessage response = new NkMessage(BUFFER);
      Arena responseArena = new Arena(BUFFER);
      Object[] again = received(v.bytes(), v.handles(), v.arena());
      new LoopbackTransport(dispatcher, BUFFER, BUFFER).call((NkMessage) again[0], (Arena) again[1], response,
          responseArena);
      assertEquals(hex(v.reply()), hex(response.toByteArray()), v.id() + ": status reply");
      assertEquals(0, responseArena.used(), "a status reply has no arena");
      assertEquals(0, calls.get(), "calls of the implementation");
    }));
  }

  /**
   * Beyond the hand-written failures: every byte of every success vector (header, fixed part and
   * arena) set to 0x00, 0x80 and 0xFF, and every truncation of the arena, either decodes or fails
   * with an NkException, never with another exception.
   */
  @TestFactory
  Stream<DynamicTest> mutatedSuccessVectorsFailOnlyWithNkExceptions() {
    return VECTORS.success().stream().map(v -> dynamicTest(v.id(), () -> {
      Method decoder = GeneratedStubs.decoder(v.ref());
      byte[] both = new byte[v.bytes().length + v.arena().length];
      System.arraycopy(v.bytes(), 0, both, 0, v.bytes().length);
      System.arraycopy(v.arena(), 0, both, v.bytes().length, v.arena().length);
      for (int at = 0; at < both.length; at++) {
        for (int value : new int[] {0x00, 0x80, 0xFF}) {
          byte[] mutated = both.clone();
          mutated[at] = (byte) value;
          byte[] bytes = Arrays.copyOf(mutated, v.bytes().length);
          byte[] arena = Arrays.copyOfRange(mutated, v.bytes().length, mutated.length);
          decodeOrNkException(v.id() + " byte " + at + " = " + value, decoder, bytes, v.handles(), arena);
        }
      }
      for (int length = 0; length < v.arena().length; length++) {
        decodeOrNkException(v.id() + " arena cut to " + length, decoder, v.bytes(), v.handles(),
            Arrays.copyOf(v.arena(), length));
      }
    }));
  }

  private static void decodeOrNkException(String what, Method decoder, byte[] bytes, int[] handles, byte[] arena) {
    try {
      invoke(decoder, received(bytes, handles, arena));
    } catch (NkException e) {
      // refused as it should be, or accepted: both fine; anything else is not
    } catch (Throwable t) {
      fail(what + ": expected success or an NkException, got " + t, t);
    }
  }

  /** (message, arena) as a receiver holds them: header validated, handle table from the sender. */
  private static Object[] received(byte[] bytes, int[] handles, byte[] arena) throws NkException {
    NkMessage msg = NkMessage.received(bytes.clone());
    msg.setHandleOffsets(handles);
    return new Object[] {msg, Arena.received(arena.clone())};
  }

  private static Object[] encoderArguments(VectorFiles.MessageRef ref, NkMessage msg, Arena arena, int riid,
      JsonNode values) {
    Method encoder = GeneratedStubs.encoder(ref);
    List<Parameter> params = VectorModel.get().parameters(ref);
    java.lang.reflect.Type[] javaTypes = encoder.getGenericParameterTypes();
    assertEquals(3 + params.size(), javaTypes.length, encoder + " takes (msg, arena, riid, parameters...)");
    Object[] args = new Object[javaTypes.length];
    args[0] = msg;
    args[1] = arena;
    args[2] = riid;
    for (int i = 0; i < params.size(); i++) {
      args[3 + i] = JavaValues.toJava(params.get(i).type(), javaTypes[3 + i], values.get(params.get(i).name()));
    }
    return args;
  }

  /**
   * A decoded message as vector JSON: a request or response record has one component per
   * parameter; an error message decodes to the method's error exception, with one accessor each.
   */
  private static JsonNode decodedJson(VectorFiles.MessageRef ref, Object decoded) throws ReflectiveOperationException {
    List<Parameter> params = VectorModel.get().parameters(ref);
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    if (ref.kind() == MessageLayout.Kind.ERROR) {
      for (Parameter p : params) {
        Method accessor = accessor(decoded.getClass(), p.name());
        accessor.setAccessible(true);
        out.set(p.name(), JavaValues.toJson(p.type(), accessor.invoke(decoded)));
      }
      return out;
    }
    RecordComponent[] components = decoded.getClass().getRecordComponents();
    assertEquals(params.size(), components.length, "components of " + decoded.getClass().getName());
    for (int i = 0; i < params.size(); i++) {
      out.set(params.get(i).name(), JavaValues.toJson(params.get(i).type(), JavaValues.component(decoded,
          components[i])));
    }
    return out;
  }

  private static Method accessor(Class<?> c, String name) throws NoSuchMethodException {
    try {
      return c.getMethod(name);
    } catch (NoSuchMethodException e) {
      return c.getMethod(name + "_");
    }
  }

  private static JsonNode canonical(VectorFiles.MessageRef ref, JsonNode values) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (Parameter p : VectorModel.get().parameters(ref)) {
      out.set(p.name(), JavaValues.canonical(p.type(), values.get(p.name())));
    }
    return out;
  }

  private interface Call {
    void run() throws Throwable;
  }

  /** The NK code of the NkException {@code call} throws; anything else fails the test. */
  private static int failureOf(String id, Call call) {
    try {
      call.run();
    } catch (NkException e) {
      return e.error();
    } catch (Throwable t) {
      fail(id + ": expected an NkException, got " + t, t);
    }
    fail(id + ": expected an NkException, nothing was thrown");
    return 0;
  }

  /** Calls a static generated method, unwrapping what it throws. */
  private static Object invoke(Method m, Object... args) throws Throwable {
    try {
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
