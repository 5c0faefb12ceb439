package org.kos.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;

/**
 * Outputs are written to a temporary file in the target's directory and moved into place, so a
 * reader never sees half a file and a failed write leaves the old one.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes {@code text} as UTF-8. */
  public static void write(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  public static void write(Path target, byte[] bytes) throws IOException {
    Path tmp = createTempFor(target);
    try {
      Files.write(tmp, bytes);
      moveIntoPlace(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Writes {@code text} unless the file already holds exactly it; an untouched file keeps its
   * modification time, which incremental builds rely on. Returns whether it wrote.
   */
  public static boolean writeIfChanged(Path target, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(target) && Files.size(target) == bytes.length
        && Arrays.equals(Files.readAllBytes(target), bytes)) {
      return false;
    }
    write(target, bytes);
    return true;
  }

  /**
   * A new empty temporary file next to {@code target} (creating its directory), for writers that
   * stream; finish with {@link #moveIntoPlace} and delete the temporary file in a finally block.
   */
  public static Path createTempFor(Path target) throws IOException {
    return Files.createTempFile(directoryFor(target), "." + target.getFileName() + ".", ".tmp");
  }

  /**
   * The absolute directory {@code target} goes into, created if need be, for writers that make
   * their temporary file themselves. Refuses a target that is a directory, or whose path runs
   * through a file, with an exception naming that path (not the temporary file's).
   */
  public static Path directoryFor(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      // Checked first: the move would fail only after the output was made, naming the temporary file.
      throw new FileSystemException(absolute.toString(), null, "is a directory");
    }
    Path dir = absolute.getParent();
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      throw new NotDirectoryException(e.getFile()); // a file where a directory of the path should be
    }
    return dir;
  }

  /** Replaces {@code target} by {@code tmp}, keeping the target's permissions. */
  public static void moveIntoPlace(Path tmp, Path target) throws IOException {
    keepPermissions(tmp, target);
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Temporary files are created owner-only; give the new file the old one's permissions, or
   * rw-r--r-- for a new file, as a plain write would under the usual umask.
   */
  private static void keepPermissions(Path tmp, Path target) throws IOException {
    if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, permissions);
  }
}
