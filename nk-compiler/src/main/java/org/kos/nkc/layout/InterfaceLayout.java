package org.kos.nkc.layout;

import java.util.List;

/** An interface (named by its package): its methods in MID order and its message bounds. */
public record InterfaceLayout(String name, List<MethodLayout> methods, MessageBounds bounds) {
  /** The header's {@code mid} is a u16: MIDs 0..65535. */
  public static final int MAX_METHODS = 0x1_0000;

  public InterfaceLayout {
    methods = List.copyOf(methods);
  }

  /** The vendor's {@code P_mid_max}: one more than the largest MID. */
  public int midMax() {
    return methods.size();
  }

  public MethodLayout method(String name) {
    return methods.stream().filter(m -> m.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no method " + name + " in " + this.name));
  }
}
