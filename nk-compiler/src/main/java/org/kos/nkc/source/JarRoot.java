package org.kos.nkc.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.kos.nkc.ast.UnitKind;
import org.kos.nkc.diag.SourceFile;

/**
 * The IDL/CDL/EDL files packaged in a jar (or any zip), at the jar's root as in a directory root:
 * {@code a/b/C.idl}. A library of interfaces is shared this way. The NK entries are read once when
 * the root is made and the jar is closed again, so a root holds no open file. Files are shown as
 * {@code lib.jar!/a/b/C.idl}.
 */
public final class JarRoot implements SourceRoot {
  private final Path jar;
  private final Map<String, byte[]> files;

  private JarRoot(Path jar, Map<String, byte[]> files) {
    this.jar = jar;
    this.files = files;
  }

  /** Reads the NK entries of {@code jar}. @throws IOException when it is not a readable zip */
  public static JarRoot read(Path jar) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (!e.isDirectory() && UnitKind.ofFileName(e.getName()) != null) {
          files.put(e.getName(), zip.getInputStream(e).readAllBytes());
        }
      }
    }
    return new JarRoot(jar, files);
  }

  public Path jar() {
    return jar;
  }

  /** Whether the jar holds no NK file at all (such a root can be left off the search path). */
  public boolean isEmpty() {
    return files.isEmpty();
  }

  @Override
  public SourceFile open(String relativePath) {
    byte[] bytes = files.get(relativePath);
    return bytes == null ? null : SourceFile.decode(describe() + "!/" + relativePath, bytes);
  }

  @Override
  public String describe() {
    return jar.toString();
  }
}
