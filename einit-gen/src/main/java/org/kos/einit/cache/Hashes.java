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
}
