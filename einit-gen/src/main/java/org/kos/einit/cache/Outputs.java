package org.kos.einit.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kos.io.AtomicFiles;

/** Outputs replaced only when their bytes change: an unchanged image keeps its file and its time. */
public final class Outputs {
  private Outputs() {}

  /**
   * Puts the bytes of {@code staged} at {@code target} (atomically, through a non-regular target as
   * {@link AtomicFiles#write} does) unless {@code target} is a regular file with the same bytes.
   * Returns whether it wrote.
   */
  public static boolean replaceIfDifferent(Path staged, Path target) throws IOException {
    if (Files.isRegularFile(target) && Files.size(target) == Files.size(staged)
        && Files.mismatch(staged, target) == -1) {
      return false;
    }
    AtomicFiles.write(target, out -> {
      try (InputStream in = Files.newInputStream(staged)) {
        in.transferTo(java.nio.channels.Channels.newOutputStream(out));
      }
    });
    return true;
  }
}
