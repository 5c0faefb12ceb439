package org.kos.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * I/O errors that name their file. Some JDK reads fail with a bare {@link IOException} whose
 * message is only the OS's words ("Is a directory" from {@code Files.readAllBytes} on a
 * directory); a user then cannot tell which of several files was meant.
 */
public final class FileErrors {
  private FileErrors() {}

  /**
   * {@code e} if it already names a file (a {@link FileSystemException} with its file set),
   * otherwise a {@link FileSystemException} for {@code path} with {@code e}'s message as the
   * reason and {@code e} as the cause.
   */
  public static IOException naming(Path path, IOException e) {
    if (e instanceof FileSystemException fs && fs.getFile() != null) {
      return e;
    }
    FileSystemException named = new FileSystemException(path.toString(), null,
        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    named.initCause(e);
    return named;
  }
}
