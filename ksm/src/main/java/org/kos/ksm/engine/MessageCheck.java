package org.kos.ksm.engine;

import org.kos.ksm.module.Field;

/**
 * Step 0 of a decision (spec psl.md §7): a message is checked against its method's layout before
 * any rule runs — the fixed part holds every parameter, every string, bytes and sequence chunk lies
 * in the arena, a string ends with its NUL, a sequence holds whole elements. An invalid message is
 * denied whatever the policy says.
 */
final class MessageCheck {
  private MessageCheck() {}

  /**
   * Null when the message (header and fixed part, arena) fits the layout of {@code params}, else what
   * is wrong. A null {@code fixed}: the event has no message, nothing to check.
   */
  static String problem(Field[] params, byte[] fixed, byte[] arena) {
    if (fixed == null) {
      return null;
    }
    for (Field f : params) {
      String p = check(f, fixed, f.offset(), arena);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  private static String check(Field f, byte[] fixed, long at, byte[] arena) {
    if (at < 0 || at + f.size() > fixed.length) {
      return "parameter " + f.name() + " lies outside the message's fixed part";
    }
    switch (f.kind()) {
      case STRING, BYTES, SEQUENCE -> {
        long off = u32(fixed, at);
        long size = u32(fixed, at + 4);
        if (off + size > arena.length) {
          return f.name() + ": chunk outside the arena";
        }
        if (f.kind() == Field.Kind.STRING && (size == 0 || arena[(int) (off + size - 1)] != 0)) {
          return f.name() + ": string without its terminating NUL";
        }
        if (f.kind() == Field.Kind.SEQUENCE && f.element() != null && f.element().size() > 0
            && size % f.element().size() != 0) {
          return f.name() + ": sequence chunk is not a whole number of elements";
        }
        return null;
      }
      case STRUCT -> {
        for (Field m : f.members().values()) {
          String p = check(m, fixed, at + m.offset(), arena);
          if (p != null) {
            return p;
          }
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private static long u32(byte[] b, long at) {
    int o = (int) at;
    return (b[o] & 0xFFL) | (b[o + 1] & 0xFFL) << 8 | (b[o + 2] & 0xFFL) << 16 | (b[o + 3] & 0xFFL) << 24;
  }
}
