package org.kos.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The {@code -I} directories every front-end command takes. */
public final class IncludeDirs {
  private IncludeDirs() {}

  /** The I/O error (exit 3) message for the first {@code -I} argument that is not a directory, or null. */
  public static String problem(List<Path> dirs) {
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        return "kos: error: -I " + dir + ": not a directory";
      }
    }
    return null;
  }
}
