package org.kos.nkc.javagen;

import com.palantir.javapoet.NameAllocator;

/**
 * Local variable names of one generated method: parameter names are claimed first, then every
 * helper variable gets a fresh name, so an IDL parameter called {@code i} or {@code arena} never
 * clashes with the generated code around it.
 */
final class Locals {
  private final NameAllocator names = new NameAllocator();

  /** Claims {@code name} as it is (a parameter); returns it. */
  String claim(String name) {
    String n = names.newName(name, new Object());
    if (!n.equals(name)) {
      throw new IllegalStateException("name " + name + " claimed twice");
    }
    return n;
  }

  /** A fresh name based on {@code suggestion}. */
  String fresh(String suggestion) {
    return names.newName(suggestion, new Object());
  }
}
