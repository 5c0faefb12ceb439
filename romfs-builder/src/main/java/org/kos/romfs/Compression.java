package org.kos.romfs;

import java.util.Locale;

/**
 * Compressions of a cpio image, by their Commons Compress stream names. gzip and lz4 are pure Java
 * inside Commons Compress; xz and zstd need the optional libraries named here on the class path.
 */
public enum Compression {
  NONE(null, null),
  GZIP("gz", null),
  XZ("xz", "org.tukaani:xz"),
  ZSTD("zstd", "com.github.luben:zstd-jni"),
  LZ4("lz4-framed", null);

  private final String streamName;
  private final String extraLibrary;

  Compression(String streamName, String extraLibrary) {
    this.streamName = streamName;
    this.extraLibrary = extraLibrary;
  }

  /** The name {@code CompressorStreamFactory} knows the codec by; null for {@link #NONE}. */
  public String streamName() {
    return streamName;
  }

  /** The Maven artifact Commons Compress needs for this codec, or null when none is needed. */
  public String extraLibrary() {
    return extraLibrary;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
