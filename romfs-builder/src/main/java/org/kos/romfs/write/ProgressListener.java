package org.kos.romfs.write;

/** Told how far a build is, so that a terminal can show a bar; writers call it from one thread. */
public interface ProgressListener {
  ProgressListener NONE = new ProgressListener() {};

  /** The build starts: this many content bytes and entries will be written. */
  default void start(long totalBytes, int entries) {}

  /** {@code bytes} more content bytes were written. */
  default void advance(long bytes) {}

  default void finish() {}
}
