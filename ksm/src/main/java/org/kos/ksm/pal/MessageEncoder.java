package org.kos.ksm.pal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kos.ksm.module.Field;
import org.kos.nk.NkMessage;

/**
 * Encodes a step's message values into real message bytes by the method's layout from the IR
 * (docs/wire-format.md): integers little-endian at their offsets, strings, bytes and sequences as
 * arena chunks placed depth first, handles as containers whose SIDs the message reports. Omitted
 * fields are zero, empty texts and empty sequences (spec §16 item 24), so the result is always a
 * well-formed message; a value that does not fit its field is a {@link StepException}.
 */
final class MessageEncoder {
  private static final int HANDLE_INVALID = 0xFFFFFFFF;
  private static final Pattern BOUND = Pattern.compile("(\\d+)\\s*>$");

  private final ByteBuf fixed;
  private final ByteBuf arena = new ByteBuf(0);
  private final Map<Integer, Integer> handles = new HashMap<>();
  private int containers;

  private MessageEncoder(int fixedSize) {
    this.fixed = new ByteBuf(fixedSize);
  }

  /** The message of {@code parameters} holding {@code values}, with its header. */
  static PalMessage encode(Map<String, Field> parameters, Map<String, Object> values, int riid, int mid, int flags)
      throws StepException {
    for (String name : values.keySet()) {
      if (!parameters.containsKey(name)) {
        throw new StepException("the message has no field '" + name + "'"
            + (parameters.isEmpty() ? " (it has none)" : " (fields: " + String.join(", ", parameters.keySet()) + ")"));
      }
    }
    MessageEncoder e = new MessageEncoder(fixedSize(parameters));
    for (Field f : parameters.values()) {
      e.put(f, values.get(f.name()), e.fixed, (int) f.offset(), f.name());
    }
    ByteBuf h = e.fixed;
    h.put(0, riid, 2);
    h.put(2, mid, 2);
    h.put(4, flags, 4);
    h.put(8, e.containers, 4);
    h.put(12, h.size(), 4);
    h.put(16, e.arena.size(), 4);
    return new PalMessage(h.toArray(), e.arena.toArray(), Map.copyOf(e.handles));
  }

  /** Header and fixed part: the end of the last parameter rounded up to 8. */
  private static int fixedSize(Map<String, Field> parameters) {
    long end = NkMessage.HEADER_SIZE;
    for (Field f : parameters.values()) {
      end = Math.max(end, f.offset() + f.size());
    }
    return (int) ((end + 7) & ~7L);
  }

  /** Writes {@code value} (null: the field's zero) as {@code f} at {@code offset} of {@code buf}. */
  private void put(Field f, Object value, ByteBuf buf, int offset, String where) throws StepException {
    switch (f.kind()) {
      case INTEGER:
        buf.put(offset, integer(f, value, where), (int) f.size());
        break;
      case HANDLE:
        handle(value, buf, offset, where);
        break;
      case STRING: {
        byte[] text = text(value, where);
        bounded(f, text.length, where);
        byte[] withNul = java.util.Arrays.copyOf(text, text.length + 1);
        chunk(buf, offset, withNul);
        break;
      }
      case BYTES:
        chunk(buf, offset, bytes(f, value, where));
        break;
      case SEQUENCE:
        sequence(f, list(value, where), buf, offset, where);
        break;
      case ARRAY:
        array(f, list(value, where), buf, offset, where);
        break;
      case STRUCT:
        struct(f, record(value, f, where), buf, offset, where);
        break;
      default:
        union(f, record(value, f, where), buf, offset, where);
        break;
    }
  }

  private static long integer(Field f, Object value, String where) throws StepException {
    BigInteger v;
    if (value == null) {
      v = BigInteger.ZERO;
    } else if (value instanceof Boolean b) {
      v = b ? BigInteger.ONE : BigInteger.ZERO;
    } else if (value instanceof BigInteger i) {
      v = i;
    } else {
      throw new StepException("'" + where + "' is " + f.type() + "; found " + show(value));
    }
    int bits = 8 * (int) f.size();
    boolean signed = f.type().startsWith("SInt");
    BigInteger min = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
    BigInteger max = signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
        : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
      throw new StepException("'" + where + "' is " + f.type() + "; " + v + " does not fit");
    }
    return v.longValue();
  }

  /** A container {handle, rights, badge, flags}; its handle is its number, its SID goes to the table. */
  private void handle(Object value, ByteBuf buf, int offset, String where) throws StepException {
    if (buf != fixed) {
      throw new StepException("'" + where + "': handles travel in the fixed part only, not in sequences");
    }
    containers++;
    if (value == null) {
      buf.put(offset, HANDLE_INVALID, 4);
      return;
    }
    if (!(value instanceof Map<?, ?> m) || !m.containsKey("handle")
        || !m.keySet().stream().allMatch(k -> k.equals("handle") || k.equals("rights"))) {
      throw new StepException("'" + where + "' is a handle: write { handle : <process variable or SID>, rights : N }");
    }
    long sid = sized(m.get("handle"), 0, Integer.MAX_VALUE, where + ".handle");
    long rights = m.get("rights") == null ? 0 : sized(m.get("rights"), 0, 0xFFFFFFFFL, where + ".rights");
    buf.put(offset, containers, 4);
    buf.put(offset + 4, rights, 4);
    handles.put(offset, (int) sid);
  }

  private static long sized(Object v, long min, long max, String where) throws StepException {
    if (v instanceof BigInteger i && i.compareTo(BigInteger.valueOf(min)) >= 0
        && i.compareTo(BigInteger.valueOf(max)) <= 0) {
      return i.longValue();
    }
    throw new StepException("'" + where + "' must be an integer from " + min + " to " + max + "; found " + show(v));
  }

  private static byte[] text(Object value, String where) throws StepException {
    if (value == null) {
      return new byte[0];
    }
    if (value instanceof String s) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    throw new StepException("'" + where + "' is a string; found " + show(value));
  }

  private static byte[] bytes(Field f, Object value, String where) throws StepException {
    byte[] b;
    if (value instanceof List<?> items) {
      b = new byte[items.size()];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) sized(items.get(i), 0, 255, where + ".[" + i + "]");
      }
    } else {
      b = text(value, where);
    }
    bounded(f, b.length, where);
    return b;
  }

  /** An arena chunk holding {@code data}, its descriptor {offset, size} at {@code offset} of {@code buf}. */
  private void chunk(ByteBuf buf, int offset, byte[] data) throws StepException {
    int at = data.length == 0 ? 0 : arena.reserve(data.length);
    arena.put(at, data.length == 0 ? new byte[0] : data);
    buf.put(offset, at, 4);
    buf.put(offset + 4, data.length, 4);
  }

  private void sequence(Field f, List<?> items, ByteBuf buf, int offset, String where) throws StepException {
    bounded(f, items.size(), where);
    long elementSize = f.element().size();
    int at = items.isEmpty() ? 0 : arena.reserve(items.size() * elementSize);
    buf.put(offset, at, 4);
    buf.put(offset + 4, items.size() * elementSize, 4);
    // Pre-order: the elements' fixed parts are one chunk, their own chunks follow it.
    for (int i = 0; i < items.size(); i++) {
      put(f.element(), items.get(i), arena, (int) (at + i * elementSize), where + ".[" + i + "]");
    }
  }

  private void array(Field f, List<?> items, ByteBuf buf, int offset, String where) throws StepException {
    long elementSize = f.element().size();
    long count = elementSize == 0 ? 0 : f.size() / elementSize;
    if (items.size() > count) {
      throw new StepException("'" + where + "' is " + f.type() + "; " + items.size() + " elements do not fit");
    }
    for (int i = 0; i < count; i++) {
      put(f.element(), i < items.size() ? items.get(i) : null, buf, (int) (offset + i * elementSize),
          where + ".[" + i + "]");
    }
  }

  private void struct(Field f, Map<String, Object> values, ByteBuf buf, int offset, String where)
      throws StepException {
    for (Field m : f.members().values()) {
      put(m, values.get(m.name()), buf, (int) (offset + m.offset()), where + "." + m.name());
    }
  }

  /** A union holds the one alternative given (the first when none is), its index as the tag. */
  private void union(Field f, Map<String, Object> values, ByteBuf buf, int offset, String where)
      throws StepException {
    if (values.size() > 1) {
      throw new StepException("'" + where + "' is a union: give one alternative of " + f.members().keySet());
    }
    int tag = 0;
    for (Field m : f.members().values()) {
      if (values.isEmpty() || values.containsKey(m.name())) {
        buf.put(offset, tag, 4);
        put(m, values.get(m.name()), buf, (int) (offset + m.offset()), where + "." + m.name());
        return;
      }
      tag++;
    }
  }

  private static List<?> list(Object value, String where) throws StepException {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> l) {
      return l;
    }
    throw new StepException("'" + where + "' is a list; found " + show(value));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> record(Object value, Field f, String where) throws StepException {
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> m)) {
      throw new StepException("'" + where + "' is " + f.type() + "; found " + show(value));
    }
    for (Object k : m.keySet()) {
      if (!f.members().containsKey(k)) {
        throw new StepException("'" + where + "' (" + f.type() + ") has no field '" + k + "' (fields: "
            + String.join(", ", f.members().keySet()) + ")");
      }
    }
    return (Map<String, Object>) m;
  }

  /** The N of {@code string<N>}, {@code bytes<N>}, {@code sequence<T, N>} bounds a value's length. */
  private static void bounded(Field f, long length, String where) throws StepException {
    Matcher m = BOUND.matcher(f.type());
    if (m.find() && length > Long.parseLong(m.group(1))) {
      throw new StepException("'" + where + "' is " + f.type() + "; " + length + " is too long");
    }
  }

  private static String show(Object v) {
    return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
  }
}
