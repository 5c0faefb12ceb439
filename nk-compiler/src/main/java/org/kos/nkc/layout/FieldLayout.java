package org.kos.nkc.layout;

/**
 * A named value at an offset: a parameter in a message (offset from the start of the message,
 * header included, as the vendor's {@code offsetof(P_M_req, p)}) or a member of a struct or union
 * (offset from the start of the struct or union).
 */
public record FieldLayout(String name, long offset, TypeLayout type) {
  /** The first byte after the value. */
  public long end() {
    return Sizes.add(offset, type.size());
  }
}
