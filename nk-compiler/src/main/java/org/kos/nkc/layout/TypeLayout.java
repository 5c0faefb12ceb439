package org.kos.nkc.layout;

import java.util.List;

/**
 * How a value of one type lies in a message: its size and alignment in the fixed part, the most
 * arena bytes it can need, and the handles it carries. {@code maxElements} is the vendor's
 * per-parameter {@code _size} number: {@code N+1} for {@code string<N>}, {@code N} for
 * {@code bytes<N>} and {@code sequence<T,N>}, 0 otherwise. Structs and unions list their
 * {@code members} (offsets relative to the start of the struct or union; a union's members all
 * start after its u32 tag at offset 0); arrays and sequences describe one {@code element} (null
 * for other kinds). {@code type} names the type with typedefs looked through: a struct or union
 * by its qualified name (the key of {@link Layout#structs()}), others as written in IDL.
 */
public record TypeLayout(Kind kind, String type, long size, int alignment, long maxElements, long maxArena,
    long handles, List<FieldLayout> members, TypeLayout element) {
  public TypeLayout {
    members = List.copyOf(members);
  }

  /** The shape of a type on the wire. */
  public enum Kind {
    INTEGER,
    HANDLE,
    BYTES,
    STRING,
    SEQUENCE,
    ARRAY,
    STRUCT,
    UNION;

    /** The lower-case name used in the IR. */
    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Whether the value keeps data in the arena (a chunk descriptor sits in the fixed part). */
  public boolean isChunk() {
    return kind == Kind.BYTES || kind == Kind.STRING || kind == Kind.SEQUENCE;
  }
}
