package org.kos.einit.solution;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The front end's results as the build directory keeps them: Einit's source, the stubs' key and
 * the compiled policy (absent when the solution has none), each as a length and its bytes.
 */
record FrontEndRecord(String einitSource, String stubsKey, byte[] module) {
  static byte[] write(String einitSource, String stubsKey, byte[] module) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      field(out, einitSource.getBytes(StandardCharsets.UTF_8));
      field(out, stubsKey.getBytes(StandardCharsets.UTF_8));
      field(out, module);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory", e);
    }
    return bytes.toByteArray();
  }

  /** The record in {@code bytes}, or null when they are not one (the build runs its front end). */
  static FrontEndRecord read(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte[] einit = field(in);
      byte[] key = field(in);
      byte[] module = field(in);
      if (einit == null || key == null || in.read() != -1) {
        return null;
      }
      return new FrontEndRecord(new String(einit, StandardCharsets.UTF_8), new String(key, StandardCharsets.UTF_8), module);
    } catch (IOException e) {
      return null;
    }
  }

  private static void field(DataOutputStream out, byte[] value) throws IOException {
    out.writeInt(value == null ? -1 : value.length);
    if (value != null) {
      out.write(value);
    }
  }

  private static byte[] field(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < -1 || n > in.available()) {
      throw new IOException("not a front-end record");
    }
    return n == -1 ? null : in.readNBytes(n);
  }
}
