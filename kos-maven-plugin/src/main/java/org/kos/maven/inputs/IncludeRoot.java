package org.kos.maven.inputs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kos.nkc.source.DirectoryRoot;
import org.kos.nkc.source.JarRoot;
import org.kos.nkc.source.SourceRoot;

/**
 * One place searched for imports: a directory (a source root, an include directory, a reactor
 * module's output directory) or a jar. {@code identity} changes whenever what the place holds may
 * have changed without a file lookup noticing: cheap for jars (path, size, time), which are then
 * not opened at all when nothing changed.
 */
public record IncludeRoot(Path path, boolean jar) {
  public IncludeRoot {
    path = path.toAbsolutePath().normalize();
  }

  /** A dependency's file: a jar, or a directory of classes and resources (a module in the same reactor). */
  public static IncludeRoot of(Path file) {
    return new IncludeRoot(file, !Files.isDirectory(file));
  }

  public String identity() throws IOException {
    if (!jar) {
      return "dir " + path;
    }
    return "jar " + path + " " + Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis();
  }

  /** The search-path root, or null for a jar with no NK file (no point searching it). */
  public SourceRoot open() throws IOException {
    if (!jar) {
      return new DirectoryRoot(path);
    }
    JarRoot root = JarRoot.read(path);
    return root.isEmpty() ? null : root;
  }
}
