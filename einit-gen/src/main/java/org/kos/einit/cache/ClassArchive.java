package org.kos.einit.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Class files by binary name as one stored (uncompressed) zip: how the build directory keeps them. */
final class ClassArchive {
  private ClassArchive() {}

  static byte[] write(Map<String, byte[]> classes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(0);
      for (Map.Entry<String, byte[]> c : new TreeMap<>(classes).entrySet()) {
        ZipEntry e = new ZipEntry(c.getKey());
        e.setTime(0);
        zip.putNextEntry(e);
        zip.write(c.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing a zip to memory", e);
    }
    return bytes.toByteArray();
  }

  /** @throws IOException when the bytes are not such an archive */
  static Map<String, byte[]> read(byte[] archive) throws IOException {
    Map<String, byte[]> classes = new TreeMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        classes.put(e.getName(), zip.readAllBytes());
      }
    } catch (IllegalArgumentException e) {
      throw new IOException("not a class archive: " + e.getMessage(), e);
    }
    return classes;
  }
}
