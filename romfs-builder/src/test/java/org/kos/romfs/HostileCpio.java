package org.kos.romfs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.cpio.CpioArchiveEntry;
import org.apache.commons.compress.archivers.cpio.CpioArchiveOutputStream;
import org.apache.commons.compress.archivers.cpio.CpioConstants;

/**
 * Crafts cpio (newc) images our own builder refuses to write: entries in any order, a file below a
 * file, symlink chains, any bytes in names. Lines: {@code "d NAME"}, {@code "f NAME"} (content: the
 * name), {@code "l NAME TARGET"}.
 */
public final class HostileCpio {
  private HostileCpio() {}

  public static byte[] bytes(String... entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CpioArchiveOutputStream out = new CpioArchiveOutputStream(bytes, CpioConstants.FORMAT_NEW)) {
      for (String spec : entries) {
        String[] f = spec.split(" ", 3);
        CpioArchiveEntry e = new CpioArchiveEntry(CpioConstants.FORMAT_NEW, f[1]);
        byte[] data;
        switch (f[0]) {
          case "d":
            e.setMode(CpioConstants.C_ISDIR | 0755);
            data = new byte[0];
            break;
          case "f":
            e.setMode(CpioConstants.C_ISREG | 0644);
            data = f[1].getBytes(StandardCharsets.UTF_8);
            break;
          case "l":
            e.setMode(CpioConstants.C_ISLNK | 0777);
            data = f[2].getBytes(StandardCharsets.UTF_8);
            break;
          default:
            throw new IllegalArgumentException(spec);
        }
        e.setSize(data.length);
        out.putArchiveEntry(e);
        out.write(data);
        out.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static Path write(Path file, String... entries) throws IOException {
    return Files.write(file, bytes(entries));
  }

  /** {@code d0/d1/.../d(n-1)}. */
  public static String deep(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : "/").append('d').append(i);
    }
    return b.toString();
  }

  /** {@code ../..} with n components. */
  public static String up(int n) {
    return String.join("/", java.util.Collections.nCopies(n, ".."));
  }
}
