package org.kos.nkc.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.kos.nk.NkErrors;
import org.kos.nkc.layout.MessageLayout;

/**
 * Reads the conformance vectors of {@code testdata/nk-vectors/*.json} (format: docs/nk-vectors.md)
 * strictly: an unknown key, a missing key or malformed hex fails the load, so a typo in a vector
 * never turns into a test that checks nothing.
 */
final class VectorFiles {
  static final Path ROOT = Path.of("..", "testdata", "nk-vectors");

  /** Which message of which method. */
  record MessageRef(String iface, String method, MessageLayout.Kind kind) {
    @Override
    public String toString() {
      return iface + "." + method + " " + kind.jsonName();
    }
  }

  /** Values that encode to exactly {@code bytes} (header + fixed part), {@code arena} and {@code handles}. */
  record Success(String id, MessageRef ref, int riid, JsonNode values, byte[] bytes, byte[] arena, int[] handles) {}

  /** Bytes whose decoding must fail with NK error {@code error}. */
  record DecodeFailure(String id, MessageRef ref, byte[] bytes, byte[] arena, int[] handles, int error) {}

  /** Values whose encoding must fail with NK error {@code error}. */
  record EncodeFailure(String id, MessageRef ref, int riid, JsonNode values, int error) {}

  /**
   * A request a dispatcher (of an interface, or of an entity/component, by name) must answer with
   * NK error {@code error} and exactly the status reply {@code reply}, without calling the
   * implementation.
   */
  record DispatchFailure(String id, String dispatcher, byte[] bytes, byte[] arena, int[] handles, int error,
      byte[] reply) {}

  /** Everything in one directory, in file-name order, then file order. */
  record Vectors(List<Success> success, List<DecodeFailure> decodeFailures, List<EncodeFailure> encodeFailures,
      List<DispatchFailure> dispatchFailures) {}

  private static final Set<String> TOP = Set.of("about", "success", "decodeFailures", "encodeFailures",
      "dispatchFailures");

  private VectorFiles() {}

  static Vectors load() {
    return load(ROOT);
  }

  static Vectors load(Path dir) {
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("no vector files in " + dir.toAbsolutePath());
    }
    List<Success> success = new ArrayList<>();
    List<DecodeFailure> decode = new ArrayList<>();
    List<EncodeFailure> encode = new ArrayList<>();
    List<DispatchFailure> dispatch = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (Path f : files) {
      String file = f.getFileName().toString();
      JsonNode root;
      try {
        root = json.readTree(f.toFile());
      } catch (IOException e) {
        throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
      }
      keys(file, root, TOP, Set.of());
      for (JsonNode v : root.path("success")) {
        String id = id(file, v);
        keys(id, v, allowed("riid", "values", "bytes", "arena", "handles"),
            required("riid", "values", "bytes", "arena", "handles"));
        success.add(new Success(id, ref(id, v), riid(id, v), v.get("values"), hex(id, v, "bytes"),
            hex(id, v, "arena"), handles(id, v)));
      }
      for (JsonNode v : root.path("decodeFailures")) {
        String id = id(file, v);
        keys(id, v, allowed("bytes", "arena", "handles", "error"), required("bytes", "error"));
        decode.add(new DecodeFailure(id, ref(id, v), hex(id, v, "bytes"), optionalHex(id, v, "arena"),
            handles(id, v), error(id, v)));
      }
      for (JsonNode v : root.path("encodeFailures")) {
        String id = id(file, v);
        keys(id, v, allowed("riid", "values", "error"), required("riid", "values", "error"));
        encode.add(new EncodeFailure(id, ref(id, v), riid(id, v), v.get("values"), error(id, v)));
      }
      for (JsonNode v : root.path("dispatchFailures")) {
        String id = id(file, v);
        keys(id, v, Set.of("name", "about", "dispatcher", "bytes", "arena", "handles", "error", "reply"),
            Set.of("name", "dispatcher", "bytes", "error", "reply"));
        dispatch.add(new DispatchFailure(id, v.get("dispatcher").asText(), hex(id, v, "bytes"),
            optionalHex(id, v, "arena"), handles(id, v), error(id, v), hex(id, v, "reply")));
      }
    }
    return new Vectors(success, decode, encode, dispatch);
  }

  /** Hex digits with any whitespace between them (vectors group bytes by field). */
  static byte[] parseHex(String text) {
    String digits = text.replaceAll("\\s+", "");
    return HexFormat.of().parseHex(digits);
  }

  private static Set<String> allowed(String... more) {
    Set<String> s = new HashSet<>(required(more));
    s.add("about");
    return s;
  }

  private static Set<String> required(String... more) {
    Set<String> s = new HashSet<>(List.of("name", "interface", "method", "message"));
    s.addAll(List.of(more));
    return s;
  }

  private static String id(String file, JsonNode v) {
    JsonNode name = v.get("name");
    if (name == null || !name.isTextual()) {
      throw new IllegalArgumentException(file + ": a vector without a name: " + v);
    }
    return file.replaceFirst("\\.json$", "") + "/" + name.asText();
  }

  private static void keys(String where, JsonNode v, Set<String> allowed, Set<String> required) {
    if (!v.isObject()) {
      throw new IllegalArgumentException(where + ": not a JSON object");
    }
    for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        throw new IllegalArgumentException(where + ": unknown key \"" + k + "\"");
      }
    }
    for (String k : required) {
      if (!v.has(k)) {
        throw new IllegalArgumentException(where + ": missing key \"" + k + "\"");
      }
    }
  }

  private static MessageRef ref(String id, JsonNode v) {
    for (String k : List.of("interface", "method", "message")) {
      if (!v.path(k).isTextual()) {
        throw new IllegalArgumentException(id + ": missing key \"" + k + "\"");
      }
    }
    MessageLayout.Kind kind = MessageLayout.Kind.valueOf(v.get("message").asText().toUpperCase(Locale.ROOT));
    return new MessageRef(v.get("interface").asText(), v.get("method").asText(), kind);
  }

  private static int riid(String id, JsonNode v) {
    JsonNode r = v.get("riid");
    if (!r.canConvertToInt() || r.asInt() < 0 || r.asInt() > 0xFFFF) {
      throw new IllegalArgumentException(id + ": riid must be a u16: " + r);
    }
    return r.asInt();
  }

  private static byte[] hex(String id, JsonNode v, String key) {
    JsonNode h = v.get(key);
    if (h == null || !h.isTextual()) {
      throw new IllegalArgumentException(id + ": \"" + key + "\" must be a hex string");
    }
    try {
      return parseHex(h.asText());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(id + ": \"" + key + "\": " + e.getMessage(), e);
    }
  }

  private static byte[] optionalHex(String id, JsonNode v, String key) {
    return v.has(key) ? hex(id, v, key) : new byte[0];
  }

  private static int[] handles(String id, JsonNode v) {
    JsonNode h = v.get("handles");
    if (h == null) {
      return new int[0];
    }
    if (!h.isArray()) {
      throw new IllegalArgumentException(id + ": \"handles\" must be an array of offsets");
    }
    int[] offsets = new int[h.size()];
    for (int i = 0; i < offsets.length; i++) {
      if (!h.get(i).canConvertToInt()) {
        throw new IllegalArgumentException(id + ": handle offset " + h.get(i) + " is not an integer");
      }
      offsets[i] = h.get(i).asInt();
    }
    return offsets;
  }

  /** An NK error named as in {@link NkErrors} ({@code "NK_EBADMSG"}). */
  private static int error(String id, JsonNode v) {
    String name = v.get("error").asText();
    try {
      return NkErrors.class.getField(name).getInt(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(id + ": unknown NK error " + name, e);
    }
  }
}
