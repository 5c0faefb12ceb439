package org.kos.ksm.pal;

import java.util.Map;
import org.kos.kernel.security.MessageView;

/**
 * A test step's message as the engine reads it: encoded bytes, and the SIDs the step gave its
 * handles, by the offset of their containers (the kernel's translation, spec §9).
 */
record PalMessage(byte[] fixed, byte[] arena, Map<Integer, Integer> handles) implements MessageView {
  @Override
  public int handleSid(int offset) {
    return handles.getOrDefault(offset, -1);
  }
}
