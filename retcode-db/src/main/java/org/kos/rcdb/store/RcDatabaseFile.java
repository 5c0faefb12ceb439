package org.kos.rcdb.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.kos.rc.Retcode;
import org.kos.rcdb.model.RcEntry;
import org.kos.rcdb.model.SourceRef;

/** Reads, writes and updates database files. */
public final class RcDatabaseFile {
  /** The SDK's generic codes in the database format, shipped in this jar. */
  public static final String SDK_RESOURCE = "/org/kos/rcdb/store/sdk-retcodes.json";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));
  /** One lock per file per JVM: file locks do not exclude threads of the same process. */
  private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

  private RcDatabaseFile() {}

  /** Reads a database; a file that does not exist is an empty database. */
  public static RcDatabase read(Path file) throws IOException, DbFormatException {
    if (!Files.exists(file)) {
      return RcDatabase.empty();
    }
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
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
    DbJson db;
    try {
      db = MAPPER.readValue(text, DbJson.class);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
      throw new DbFormatException(name + where + ": not a return-code database: " + e.getOriginalMessage());
    }
    if (db == null || !RcDatabase.FORMAT.equals(db.format())) {
      throw new DbFormatException(name + ": not a return-code database (\"format\" is not \"" + RcDatabase.FORMAT + "\")");
    }
    if (db.version() != RcDatabase.VERSION) {
      throw new DbFormatException(name + ": database version " + db.version() + " is not supported (expected "
          + RcDatabase.VERSION + ")");
    }
    List<RcEntry> entries = new ArrayList<>();
    int i = 0;
    for (EntryJson e : db.codes() == null ? List.<EntryJson>of() : db.codes()) {
      entries.add(toEntry(e, name + ": codes[" + i++ + "]"));
    }
    return new RcDatabase(entries);
  }

  private static RcEntry toEntry(EntryJson e, String where) throws DbFormatException {
    if (e == null || e.name() == null || e.name().isEmpty()) {
      throw new DbFormatException(where + ": \"name\" is missing");
    }
    where = where + " (" + e.name() + ")";
    if (e.value() == null || !e.value().matches("0x[0-9A-Fa-f]{1,8}")) {
      throw new DbFormatException(where + ": \"value\" must be hex like 0x90000015, not " + e.value());
    }
    int value = Integer.parseUnsignedInt(e.value().substring(2), 16);
    SourceRef src = e.source() == null || e.source().file() == null ? null
        : new SourceRef(e.source().file(), orZero(e.source().line()), orZero(e.source().column()));
    return new RcEntry(e.name(), value,
        orField(e.customer(), Retcode.customer(value)), orField(e.space(), Retcode.space(value)),
        orField(e.facility(), Retcode.facility(value)), orField(e.code(), Retcode.code(value)),
        e.spaceName(), e.facilityName(), e.description() == null ? "" : e.description(), src);
  }

  private static int orZero(Integer i) {
    return i == null ? 0 : i;
  }

  private static long orField(Long stored, int fromValue) {
    return stored == null ? fromValue : stored;
  }

  /** The file's text: deterministic, LF line ends, a final newline. */
  public static String format(RcDatabase db) {
    List<EntryJson> codes = new ArrayList<>();
    for (RcEntry e : db.entries()) {
      EntryJson.SourceJson src = e.source() == null ? null
          : new EntryJson.SourceJson(e.source().file(), positive(e.source().line()), positive(e.source().column()));
      codes.add(new EntryJson(e.name(), e.hex(), e.customer(), e.space(), e.facility(), e.code(),
          e.spaceName(), e.facilityName(), e.description(), src));
    }
    try {
      return WRITER.writeValueAsString(new DbJson(RcDatabase.FORMAT, RcDatabase.VERSION, codes)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("database records always serialise", e);
    }
  }

  /** Unknown positions (0) are left out of the file rather than written as 0. */
  private static Integer positive(int i) {
    return i > 0 ? i : null;
  }

  /**
   * Writes text to a file atomically: a temporary file in the same directory, then a move over the
   * target. Returns false (and writes nothing) when the file already holds exactly this text.
   */
  public static boolean writeAtomically(Path file, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
      return false;
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    return true;
  }

  /**
   * Read-modify-write under a lock: the sidecar {@code <file>.lock} (kept, as deleting it would let
   * two processes lock different files) excludes other processes, an in-process lock other threads.
   * Returns the database as written.
   */
  public static RcDatabase update(Path file, UnaryOperator<RcDatabase> change) throws IOException, DbFormatException {
    Path abs = file.toAbsolutePath().normalize();
    ReentrantLock local = IN_PROCESS.computeIfAbsent(abs, k -> new ReentrantLock());
    local.lock();
    try {
      Files.createDirectories(abs.getParent());
      Path lockFile = abs.resolveSibling(abs.getFileName() + ".lock");
      try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock ignored = ch.lock()) {
        RcDatabase updated = change.apply(read(abs));
        writeAtomically(abs, format(updated));
        return updated;
      }
    } finally {
      local.unlock();
    }
  }
}
