package org.kos.kernel.security;

/**
 * A message as the security module reads it: the header and fixed part and the arena as sent
 * (docs/wire-format.md), and the SID of the resource behind each handle container, which the kernel
 * looks up only when the module asks (spec psl.md §9: the module sees SIDs, not handles).
 */
public interface MessageView {
  /** Header and fixed part, little-endian. Not to be modified. */
  byte[] fixed();

  /** The arena's bytes in use. Not to be modified. */
  byte[] arena();

  /** The SID of the resource behind the handle container at {@code offset} of {@link #fixed()}, or -1. */
  int handleSid(int offset);
}
