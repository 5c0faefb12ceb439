package org.kos.romfs;

import java.util.Locale;

/**
 * Compressions of a cpio image, by their Commons Compress stream names. gzip and lz4 are pure Java
 * inside Commons Compress; xz comes from {@code org.tukaani:xz} (pure Java) and zstd from
 * {@code com.github.luben:zstd-jni} (a native library inside the jar, unpacked by zstd-jni on first
 * use), both dependencies of this module.
 */
public enum Compression {
  NONE(null),
  GZIP("gz"),
  XZ("xz"),
  ZSTD("zstd"),
  LZ4("lz4-framed");

  private final String streamName;

  Compression(String streamName) {
    this.streamName = streamName;
  }

  /** The name {@code CompressorStreamFactory} knows the codec by; null for {@link #NONE}. */
  public String streamName() {
    return streamName;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
