package org.kos.nkc.javagen;

import java.util.HashSet;
import java.util.Set;

/**
 * Local variable names of one generated method: parameter names are claimed first, then every
 * helper variable gets a fresh name ({@code i}, {@code i1}, {@code i2}, ...), so an IDL parameter
 * called {@code i} or {@code arena} never clashes with the generated code around it.
 */
final class Locals {
  private final Set<String> used = new HashSet<>();

  /** Claims {@code name} as it is (a parameter); returns it. */
  String claim(String name) {
    if (!used.add(name)) {
      throw new IllegalStateException("name " + name + " claimed twice");
    }
    return name;
  }

  /** A fresh name based on {@code suggestion} (a Java identifier). */
  String fresh(String suggestion) {
    String name = suggestion;
    for (int n = 1; !used.add(name); n++) {
      name = suggestion + n;
    }
    return name;
  }
}
