package org.kos.romfs.write;

/** Arithmetic shared by the layouts. */
final class Layout {
  private Layout() {}

  static long align(long value, long alignment) {
    return (value + alignment - 1) & -alignment;
  }
}
