package org.kos.romfs.read;

/**
 * Bounds on what a reader accepts, so that a hostile image costs bounded time and memory.
 *
 * @param maxEntries most entries (files, directories, links...) an image may hold
 * @param maxDepth deepest directory nesting
 */
public record ReadLimits(int maxEntries, int maxDepth) {
  public static final ReadLimits DEFAULT = new ReadLimits(65_536, 128);

  public ReadLimits {
    if (maxEntries < 1 || maxDepth < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
