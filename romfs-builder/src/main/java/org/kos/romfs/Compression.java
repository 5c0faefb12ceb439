package org.kos.romfs;

import java.util.Locale;

/**
 * Compressions of a cpio image, by their Commons Compress stream names. gzip and lz4 are pure Java
 * inside Commons Compress and bundled; xz and zstd would need the libraries named here, which are
 * not among the project's dependencies, so the toolchain neither writes nor reads them.
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

  /** Whether the toolchain can write and read this codec. */
  public boolean bundled() {
    return extraLibrary == null;
  }

  /** Why a codec that is not {@link #bundled} cannot be used, naming what it would need. */
  public String notBundled() {
    return label() + " is not bundled with kos: Commons Compress needs " + extraLibrary
        + " for it, which kos does not ship (use gzip or lz4)";
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
