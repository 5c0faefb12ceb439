package org.kos.ksm.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kos.kernel.security.MessageView;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.module.Field;

/**
 * Reads {@code message.a.b.[i]} out of a message's bytes by the layout the module carries
 * (docs/wire-format.md): integers little-endian, strings and sequences through their arena chunk,
 * a union only through the alternative its tag names, a handle as {@code {handle : SID, rights}}.
 * Anything out of range is an evaluation error, so a malformed message denies the event.
 */
final class MessageDecoder {
  private final MessageView view;

  MessageDecoder(MessageView view) {
    this.view = view;
  }

  /** A place holding a value: a buffer (the fixed part or the arena) and an offset in it. */
  private record At(byte[] buf, boolean fixed, long offset) {}

  /** The value at a path: {@code steps} are field names (String) and indexes (Long). */
  Object read(Map<String, Field> parameters, List<Object> steps) throws EvalException {
    if (view == null) {
      throw new EvalException("the event has no message");
    }
    if (steps.isEmpty()) {
      Map<String, Object> all = new LinkedHashMap<>();
      for (Field f : parameters.values()) {
        if (f.kind() != Field.Kind.BYTES) {
          all.put(f.name(), whole(f, new At(view.fixed(), true, f.offset())));
        }
      }
      return all;
    }
    Field f = parameters.get((String) steps.get(0));
    if (f == null) {
      throw new EvalException("no parameter '" + steps.get(0) + "' in the message");
    }
    At at = new At(view.fixed(), true, f.offset());
    for (int i = 1; i < steps.size(); i++) {
      Object step = steps.get(i);
      if (f.kind() == Field.Kind.HANDLE) {
        if ("handle".equals(step)) {
          return (long) view.handleSid((int) at.offset());
        }
        if ("rights".equals(step)) {
          return u32(at, 4);
        }
        throw new EvalException("a handle has only .handle and .rights");
      }
      if (step instanceof String name) {
        Field member = f.members().get(name);
        if (member == null || (f.kind() != Field.Kind.STRUCT && f.kind() != Field.Kind.UNION)) {
          throw new EvalException("no field '" + name + "' in " + f.type());
        }
        if (f.kind() == Field.Kind.UNION && tagIndex(at) != indexOf(f, name)) {
          throw new EvalException("union " + f.type() + " does not hold alternative '" + name + "'");
        }
        at = new At(at.buf(), at.fixed(), at.offset() + member.offset());
        f = member;
      } else {
        long index = (Long) step;
        At element = element(f, at, index);
        f = f.element();
        at = element;
      }
    }
    return whole(f, at);
  }

  private At element(Field f, At at, long index) throws EvalException {
    Field e = f.element();
    if (e == null) {
      throw new EvalException(f.type() + " has no elements");
    }
    if (f.kind() == Field.Kind.ARRAY) {
      long count = e.size() == 0 ? 0 : f.size() / e.size();
      if (index < 0 || index >= count) {
        throw new EvalException("index " + index + " outside the array of " + count);
      }
      return new At(at.buf(), at.fixed(), at.offset() + index * e.size());
    }
    if (f.kind() == Field.Kind.SEQUENCE) {
      long off = u32(at, 0);
      long size = u32(at, 4);
      long count = e.size() == 0 ? 0 : size / e.size();
      if (index < 0 || index >= count) {
        throw new EvalException("index " + index + " outside the sequence of " + count);
      }
      byte[] arena = view.arena();
      if (off + size > arena.length) {
        throw new EvalException("sequence chunk outside the arena");
      }
      return new At(arena, false, off + index * e.size());
    }
    throw new EvalException(f.type() + " is not indexed");
  }

  private int tagIndex(At at) throws EvalException {
    return (int) u32(at, 0);
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

  /** The whole value of a field: a number, a text, a record, a list. */
  private Object whole(Field f, At at) throws EvalException {
    switch (f.kind()) {
      case INTEGER:
        return integer(f, at);
      case HANDLE: {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("handle", (long) view.handleSid((int) at.offset()));
        h.put("rights", u32(at, 4));
        return h;
      }
      case STRING: {
        long off = u32(at, 0);
        long size = u32(at, 4);
        byte[] arena = view.arena();
        if (size == 0 || off + size > arena.length) {
          throw new EvalException("string chunk outside the arena");
        }
        return new String(arena, (int) off, (int) size - 1, StandardCharsets.UTF_8);
      }
      case BYTES:
        throw new EvalException("bytes parameters are not visible to policies");
      case STRUCT: {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Field member : f.members().values()) {
          m.put(member.name(), whole(member, new At(at.buf(), at.fixed(), at.offset() + member.offset())));
        }
        return m;
      }
      case UNION: {
        int tag = tagIndex(at);
        Map<String, Object> m = new LinkedHashMap<>();
        int i = 0;
        for (Field member : f.members().values()) {
          if (i++ == tag) {
            m.put(member.name(), whole(member, new At(at.buf(), at.fixed(), at.offset() + member.offset())));
          }
        }
        return m;
      }
      default: {
        List<Object> items = new ArrayList<>();
        long count = f.kind() == Field.Kind.ARRAY ? (f.element().size() == 0 ? 0 : f.size() / f.element().size())
            : (f.element().size() == 0 ? 0 : u32(at, 4) / f.element().size());
        if (count > 1 << 20) {
          throw new EvalException("sequence too long to inspect");
        }
        for (long i = 0; i < count; i++) {
          items.add(whole(f.element(), element(f, at, i)));
        }
        return items;
      }
    }
  }

  private static Object integer(Field f, At at) throws EvalException {
    int size = (int) f.size();
    byte[] b = at.buf();
    long off = at.offset();
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

  private static long u32(At at, int plus) throws EvalException {
    byte[] b = at.buf();
    long off = at.offset() + plus;
    if (off < 0 || off + 4 > b.length) {
      throw new EvalException("parameter outside the message");
    }
    int o = (int) off;
    return (b[o] & 0xFFL) | (b[o + 1] & 0xFFL) << 8 | (b[o + 2] & 0xFFL) << 16 | (b[o + 3] & 0xFFL) << 24;
  }
}
