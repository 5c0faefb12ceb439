package org.kos.einit.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** SHA-256 keys: every part is length-prefixed, so no two different part lists share a key. */
public final class Hashes {
  private final MessageDigest digest;

  public Hashes() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  public Hashes add(byte[] part) {
    digest.update(Long.toString(part.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(part);
    return this;
  }

  public Hashes add(String part) {
    return add(part.getBytes(StandardCharsets.UTF_8));
  }

  /** Names and contents, in the map's order (callers pass sorted maps). */
  public Hashes add(Map<String, byte[]> named) {
    add(Integer.toString(named.size()));
    named.forEach((name, bytes) -> add(name).add(bytes));
    return this;
  }

  public String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }

  public static String of(byte[] bytes) {
    return new Hashes().add(bytes).hex();
  }

  /** The plain SHA-256 of a file's bytes (no length prefix), read in chunks: files may be large. */
  public static String ofFile(java.nio.file.Path file) throws java.io.IOException {
    MessageDigest d = new Hashes().digest;
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      byte[] buf = new byte[65536];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        d.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(d.digest());
  }
}
