package org.kos.rcdb.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.kos.io.AtomicFiles;

/** Reads, writes and updates database files. */
public final class RcDatabaseFile {
  /** The SDK's generic codes in the database format, shipped in this jar. */
  public static final String SDK_RESOURCE = "/org/kos/rcdb/store/sdk-retcodes.json";

  /** One lock per file per JVM: file locks do not exclude threads of the same process. */
  private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

  private RcDatabaseFile() {}

  /** Reads a database; a file that does not exist is an empty database. */
  public static RcDatabase read(Path file) throws IOException, DbFormatException {
    if (!Files.exists(file)) {
      return RcDatabase.empty();
    }
    refuseDirectory(file);
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  private static void refuseDirectory(Path file) throws FileSystemException {
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null, "is a directory, not a return-code database");
    }
  }

  /** The SDK's generic codes as shipped in the resource. */
  public static RcDatabase sdk() {
    try (InputStream in = RcDatabaseFile.class.getResourceAsStream(SDK_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SDK_RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), SDK_RESOURCE);
    } catch (IOException | DbFormatException e) {
      throw new IllegalStateException("broken resource " + SDK_RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** Parses database text; {@code name} is used in messages. */
  public static RcDatabase parse(String text, String name) throws DbFormatException {
    return DbCodec.read(text, name);
  }

  /** The file's text: deterministic, LF line ends, a final newline. */
  public static String format(RcDatabase db) {
    return DbCodec.write(db);
  }

  /**
   * Writes text to a file atomically: a temporary file in the same directory, then a move over the
   * target. Returns false (and writes nothing) when the file already holds exactly this text.
   */
  public static boolean writeAtomically(Path file, String text) throws IOException {
    return AtomicFiles.writeIfChanged(file, text);
  }

  /**
   * Read-modify-write under a lock: the sidecar {@code <file>.lock} (kept, as deleting it would let
   * two processes lock different files) excludes other processes, an in-process lock other threads.
   * Returns the database as written.
   */
  public static RcDatabase update(Path file, UnaryOperator<RcDatabase> change) throws IOException, DbFormatException {
    refuseDirectory(file); // before its lock file is made beside it
    Path abs = file.toAbsolutePath().normalize();
    ReentrantLock local = IN_PROCESS.computeIfAbsent(abs, k -> new ReentrantLock());
    local.lock();
    try {
      Files.createDirectories(abs.getParent());
      Path lockFile = abs.resolveSibling(abs.getFileName() + ".lock");
      try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        FileLock lock = ch.lock(); // released when the channel closes
        try {
          RcDatabase updated = change.apply(read(abs));
          writeAtomically(abs, format(updated));
          return updated;
        } finally {
          lock.release();
        }
      }
    } finally {
      local.unlock();
    }
  }
}
