package org.kos.cli.scaffold;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kos.io.AtomicFiles;

/**
 * Writes a set of new files under a directory, never replacing one: all of them are checked first,
 * and when any exists (even as a dangling symlink) nothing is written.
 */
final class NewFiles {
  private NewFiles() {}

  /** The targets among {@code files} (relative paths) that exist under {@code dir}. */
  static List<Path> existing(Path dir, Iterable<String> files) {
    List<Path> found = new ArrayList<>();
    for (String f : files) {
      Path p = dir.resolve(f);
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        found.add(p);
      }
    }
    return found;
  }

  /** Prints an NW0002 line for each file in the way; true when there was none. */
  static boolean reportExisting(Path dir, Iterable<String> files, String hint, PrintWriter err) {
    List<Path> found = existing(dir, files);
    for (Path p : found) {
      err.println(p + ": error[" + NewErrors.FILE_EXISTS.id() + "]: already exists; kos new never overwrites a file ("
          + hint + ")");
    }
    return found.isEmpty();
  }

  /** Writes every file (relative path to content) under {@code dir}, each atomically. */
  static void write(Path dir, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path target = dir.resolve(f.getKey());
      Files.createDirectories(target.getParent());
      AtomicFiles.write(target, f.getValue());
    }
  }
}
