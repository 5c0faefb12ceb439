package org.kos.nkc.layout;

import java.util.List;

/**
 * One message of a method: the 24-byte header, then {@code fields} (the method's in, out or error
 * parameters in declaration order); {@code fixedSize} is header + fixed part rounded up to 8,
 * {@code maxArena} the sum of the parameters' maximum arena sizes, {@code handles} the number of
 * handle containers ({@code ncaps}).
 */
public record MessageLayout(Kind kind, List<FieldLayout> fields, long fixedSize, long maxArena, long handles) {
  /** Size and alignment of {@code struct nk_message}. */
  public static final int HEADER_SIZE = 24;
  public static final int HEADER_ALIGNMENT = 8;
  /**
   * The largest {@code fixedSize} (header and fixed part): the header field is a u32, but kos
   * holds a message in one Java byte array (NkMessage; the stubs' {@code int} size constants), so
   * the limit is the largest multiple of 8 an {@code int} holds. See docs/wire-format.md, "Limits".
   */
  public static final long MAX_FIXED_SIZE = Integer.MAX_VALUE & -HEADER_ALIGNMENT;
  /** The largest arena: {@code arenaSize} and chunk offsets and sizes are u32. */
  public static final long MAX_ARENA = 0xFFFF_FFFFL;

  public MessageLayout {
    fields = List.copyOf(fields);
  }

  /** Which message of a method; which parameters it carries. */
  public enum Kind {
    REQUEST,
    RESPONSE,
    ERROR;

    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The parameter called {@code name}. */
  public FieldLayout field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no parameter " + name + " in the " + kind.jsonName()));
  }
}
