package org.kos.audit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Programs from Debian's packages that optional tests use as oracles when they are installed. */
final class Oracles {
  private Oracles() {}

  /** The first of {@code names} found as an executable on PATH, or null. */
  static Path onPath(String... names) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isRegularFile(p) && Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }
}
