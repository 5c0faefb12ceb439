package org.kos.einit.javac;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Executable jars (a {@code Main-Class} and class files), byte-identical for the same classes:
 * entries sorted by name, every time stamp the same (SOURCE_DATE_EPOCH is not consulted: a jar's
 * content, not its date, is what a solution image is about).
 */
public final class Jars {
  /** The zip format's first date, as a local time: no time zone goes into the bytes. */
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private Jars() {}

  /** A jar of {@code classes} (binary name to class file) whose Main-Class is {@code mainClass}. */
  public static byte[] executable(String mainClass, Map<String, byte[]> classes) {
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
    Map<String, byte[]> entries = new TreeMap<>();
    classes.forEach((name, bytes) -> entries.put(name.replace('.', '/') + ".class", bytes));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream jar = new JarOutputStream(bytes)) {
      JarEntry manifest = new JarEntry("META-INF/MANIFEST.MF");
      manifest.setTimeLocal(FIXED_TIME);
      jar.putNextEntry(manifest);
      mf.write(jar);
      jar.closeEntry();
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        JarEntry entry = new JarEntry(e.getKey());
        entry.setTimeLocal(FIXED_TIME);
        jar.putNextEntry(entry);
        jar.write(e.getValue());
        jar.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing a jar to memory", e);
    }
    return bytes.toByteArray();
  }
}
