package org.kos.confinement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

/**
 * A program's class files (from its jar), indexed by class name: what counts as the program's own
 * code, and the supertypes member resolution walks.
 */
public final class ProgramClasses {
  private final Map<String, byte[]> classFiles;
  private final Map<String, ClassHeader> headers = new HashMap<>();

  private ProgramClasses(Map<String, byte[]> classFiles) {
    this.classFiles = Collections.unmodifiableMap(classFiles);
    for (Map.Entry<String, byte[]> e : classFiles.entrySet()) {
      ClassHeader h;
      try {
        h = ClassHeader.read(e.getValue());
      } catch (RuntimeException x) {
        throw new IllegalArgumentException(e.getKey() + " is not a valid class file: " + x, x);
      }
      // A multi-release jar's base version (the shortest entry name, first in order) decides.
      headers.putIfAbsent(h.name(), h);
    }
  }

  /**
   * The class files among {@code entries} (entry name → bytes, as in a jar; other entries are
   * ignored); a malformed class file is an IllegalArgumentException.
   */
  public static ProgramClasses of(Map<String, byte[]> entries) {
    Map<String, byte[]> classes = new TreeMap<>(ProgramClasses::byLengthThenName);
    entries.forEach((name, bytes) -> {
      if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
        classes.put(name, bytes);
      }
    });
    return new ProgramClasses(classes);
  }

  private static int byLengthThenName(String a, String b) {
    return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
  }

  /** The entries of a jar file: entry name → bytes. */
  public static Map<String, byte[]> readJar(Path jar) throws IOException {
    try (InputStream in = Files.newInputStream(jar)) {
      return readJar(in);
    }
  }

  /** The entries of a jar held in memory: entry name → bytes. */
  public static Map<String, byte[]> readJar(byte[] jar) throws IOException {
    return readJar(new ByteArrayInputStream(jar));
  }

  private static Map<String, byte[]> readJar(InputStream in) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (JarInputStream jar = new JarInputStream(in)) {
      for (JarEntry e = jar.getNextJarEntry(); e != null; e = jar.getNextJarEntry()) {
        if (!e.isDirectory()) {
          entries.put(e.getName(), jar.readAllBytes());
        }
      }
    }
    return entries;
  }

  /** The class files, entry name → bytes, base versions first. */
  public Map<String, byte[]> classFiles() {
    return classFiles;
  }

  /** Whether the program defines the class {@code internalName} ({@code app/Main}). */
  public boolean contains(String internalName) {
    return headers.containsKey(internalName);
  }

  ClassHeader header(String internalName) {
    return headers.get(internalName);
  }
}
