package org.kos.ksm.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.RecordValue;
import org.kos.ksm.module.Field;

/**
 * Reads {@code message.a.b.[i]} out of a message's bytes by the layout the module carries
 * (docs/wire-format.md): integers little-endian, strings and sequences through their arena chunk,
 * a union only through the alternative its tag names, a handle as {@code {handle : SID, rights}}.
 * Anything out of range is an evaluation error, so a malformed message denies the event. A place
 * in the message is a buffer (the fixed part or the arena) and an offset in it.
 */
final class MessageDecoder {
  private static final String[] HANDLE_FIELDS = {"handle", "rights"};

  private MessageDecoder() {}

  /** The value at a path of the event's message: {@code steps} are field names (String) and indexes (Long). */
  static Object read(Evaluation e, List<Object> steps) throws EvalException {
    if (e.fixed == null) {
      throw new EvalException("the event has no message");
    }
    if (steps.isEmpty()) {
      Map<String, Object> all = new LinkedHashMap<>();
      for (Field f : e.parameters.values()) {
        if (f.kind() != Field.Kind.BYTES) {
          all.put(f.name(), whole(e, f, e.fixed, f.offset()));
        }
      }
      return all;
    }
    Field f = e.parameters.get((String) steps.get(0));
    if (f == null) {
      throw new EvalException("no parameter '" + steps.get(0) + "' in the message");
    }
    byte[] buf = e.fixed;
    long off = f.offset();
    for (int i = 1; i < steps.size(); i++) {
      Object step = steps.get(i);
      if (f.kind() == Field.Kind.HANDLE) {
        if ("handle".equals(step)) {
          return (long) e.handleSid((int) off);
        }
        if ("rights".equals(step)) {
          return u32(buf, off + 4);
        }
        throw new EvalException("a handle has only .handle and .rights");
      }
      if (step instanceof String name) {
        Field member = f.members().get(name);
        if (member == null || (f.kind() != Field.Kind.STRUCT && f.kind() != Field.Kind.UNION)) {
          throw new EvalException("no field '" + name + "' in " + f.type());
        }
        if (f.kind() == Field.Kind.UNION && (int) u32(buf, off) != indexOf(f, name)) {
          throw new EvalException("union " + f.type() + " does not hold alternative '" + name + "'");
        }
        off += member.offset();
        f = member;
        continue;
      }
      long index = (Long) step;
      Field el = f.element();
      if (el == null) {
        throw new EvalException(f.type() + " has no elements");
      }
      if (f.kind() == Field.Kind.ARRAY) {
        long count = el.size() == 0 ? 0 : f.size() / el.size();
        if (index < 0 || index >= count) {
          throw new EvalException("index " + index + " outside the array of " + count);
        }
        off += index * el.size();
      } else if (f.kind() == Field.Kind.SEQUENCE) {
        long chunk = u32(buf, off);
        long size = u32(buf, off + 4);
        long count = el.size() == 0 ? 0 : size / el.size();
        if (index < 0 || index >= count) {
          throw new EvalException("index " + index + " outside the sequence of " + count);
        }
        if (chunk + size > e.arena.length) {
          throw new EvalException("sequence chunk outside the arena");
        }
        buf = e.arena;
        off = chunk + index * el.size();
      } else {
        throw new EvalException(f.type() + " is not indexed");
      }
      f = el;
    }
    return whole(e, f, buf, off);
  }

  private static int indexOf(Field union, String name) {
    int i = 0;
    for (String n : union.members().keySet()) {
      if (n.equals(name)) {
        return i;
      }
      i++;
    }
    return -1;
  }

  /** The whole value of a field at {@code off} of {@code buf}: a number, a text, a record, a list. */
  private static Object whole(Evaluation e, Field f, byte[] buf, long off) throws EvalException {
    switch (f.kind()) {
      case INTEGER:
        return integer(f, buf, off);
      case HANDLE:
        return new RecordValue(HANDLE_FIELDS, new Object[] {(long) e.handleSid((int) off), u32(buf, off + 4)});
      case STRING: {
        long chunk = u32(buf, off);
        long size = u32(buf, off + 4);
        if (size == 0 || chunk + size > e.arena.length) {
          throw new EvalException("string chunk outside the arena");
        }
        return new String(e.arena, (int) chunk, (int) size - 1, StandardCharsets.UTF_8);
      }
      case BYTES:
        throw new EvalException("bytes parameters are not visible to policies");
      case STRUCT: {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Field member : f.members().values()) {
          m.put(member.name(), whole(e, member, buf, off + member.offset()));
        }
        return m;
      }
      case UNION: {
        int tag = (int) u32(buf, off);
        Map<String, Object> m = new LinkedHashMap<>();
        int i = 0;
        for (Field member : f.members().values()) {
          if (i++ == tag) {
            m.put(member.name(), whole(e, member, buf, off + member.offset()));
          }
        }
        return m;
      }
      default: { // ARRAY, SEQUENCE
        Field el = f.element();
        boolean array = f.kind() == Field.Kind.ARRAY;
        long count = el.size() == 0 ? 0 : (array ? f.size() : u32(buf, off + 4)) / el.size();
        if (count > 1 << 20) {
          throw new EvalException("sequence too long to inspect");
        }
        List<Object> items = new ArrayList<>();
        if (count > 0) {
          byte[] b = buf;
          long base = off;
          if (!array) {
            long chunk = u32(buf, off);
            if (chunk + u32(buf, off + 4) > e.arena.length) {
              throw new EvalException("sequence chunk outside the arena");
            }
            b = e.arena;
            base = chunk;
          }
          for (long i = 0; i < count; i++) {
            items.add(whole(e, el, b, base + i * el.size()));
          }
        }
        return items;
      }
    }
  }

  private static Object integer(Field f, byte[] b, long off) throws EvalException {
    int size = (int) f.size();
    if (off < 0 || off + size > b.length) {
      throw new EvalException("parameter outside the message");
    }
    long v = 0;
    for (int i = size - 1; i >= 0; i--) {
      v = (v << 8) | (b[(int) off + i] & 0xFF);
    }
    boolean signed = f.type().startsWith("SInt");
    if (signed && size < 8) {
      int shift = 64 - 8 * size;
      v = (v << shift) >> shift;
    }
    return v;
  }

  private static long u32(byte[] b, long off) throws EvalException {
    if (off < 0 || off + 4 > b.length) {
      throw new EvalException("parameter outside the message");
    }
    int o = (int) off;
    return (b[o] & 0xFFL) | (b[o + 1] & 0xFFL) << 8 | (b[o + 2] & 0xFFL) << 16 | (b[o + 3] & 0xFFL) << 24;
  }
}
