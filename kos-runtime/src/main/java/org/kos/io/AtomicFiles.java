package org.kos.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every output file of the toolchain is written here, so that what {@code -o} names is treated the
 * same way by every command:
 *
 * <ul>
 *   <li>a <b>regular file</b> (or a name that does not exist yet) is written to a temporary file in
 *       its directory and renamed over it: a reader never sees half a file, a failed write leaves
 *       the old one, and the file keeps its permissions (a new one gets rw-r--r--);
 *   <li>a <b>symbolic link</b> stays a link: the file it leads to is replaced as above (a dangling
 *       link's target is created);
 *   <li>anything else, a <b>FIFO, a character or block device</b> ({@code /dev/null},
 *       {@code /dev/stdout}, a terminal), is opened and written through, never replaced; so is
 *       a path through {@code /dev/fd}, {@code /dev/std*} or {@code /proc/.../fd} (the shell's
 *       redirection), which is appended to whatever it is;
 *   <li>a directory is refused, naming it.
 * </ul>
 *
 * <p>Temporary files are named {@code .<target>.kos-tmp-<pid>-<random>} (see {@link #TEMP_MARK}).
 * Those of this process are deleted if the JVM is stopped by SIGTERM or SIGINT (a shutdown hook);
 * those left by a process that no longer runs (kill -9, power loss) are deleted by the next write
 * into the same directory.
 */
public final class AtomicFiles {
  /** What every temporary name contains, between the target's name and {@code <pid>-<random>}. */
  public static final String TEMP_MARK = ".kos-tmp-";
  /** The target's name is cut to this many chars in a temporary name, which must stay under NAME_MAX. */
  private static final int NAME_PART = 100;
  private static final int MAX_LINKS = 40;
  private static final FileAttribute<Set<PosixFilePermission>> PRIVATE = PosixFilePermissions.asFileAttribute(
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
  private static final FileAttribute<Set<PosixFilePermission>> PRIVATE_DIR = PosixFilePermissions.asFileAttribute(
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));

  /** Temporary files and directories of this process not yet moved into place or deleted. */
  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
  /**
   * When this process last cleared each directory of stale temporary files (System.nanoTime): a
   * directory is listed at most once a minute, not once per file written into it.
   */
  private static final Map<Path, Long> CLEANED = new ConcurrentHashMap<>();
  private static final long CLEAN_AGAIN_NANOS = 60_000_000_000L;
  private static volatile boolean hookInstalled;

  private AtomicFiles() {}

  /** Writes the content of an output to a fresh, empty, seekable file. */
  @FunctionalInterface
  public interface ContentWriter<E extends Exception> {
    void write(FileChannel out) throws IOException, E;
  }

  /** Writes {@code text} as UTF-8. */
  public static void write(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  public static void write(Path target, byte[] bytes) throws IOException {
    Destination d = destination(target);
    if (d.through) {
      try (FileChannel out = openThrough(d)) {
        writeFully(out, bytes);
      }
      return;
    }
    write(target, out -> writeFully(out, bytes));
  }

  /**
   * Writes what {@code writer} writes into a seekable file. A target that cannot be replaced (a
   * FIFO, a device) gets the content copied from a temporary file once it is complete.
   */
  public static <E extends Exception> void write(Path target, ContentWriter<E> writer) throws IOException, E {
    Destination d = destination(target);
    Path tmp = createTempIn(d.through ? Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath() : d.dir,
        d.path.getFileName().toString());
    try {
      try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
        writer.write(out);
        if (d.through) {
          try (FileChannel to = openThrough(d)) {
            long size = out.size();
            for (long done = 0; done < size; ) {
              done += out.transferTo(done, size - done, to);
            }
          }
        }
      }
      if (!d.through) {
        moveIntoPlace(tmp, d.path);
      }
    } finally {
      Files.deleteIfExists(tmp);
      IN_FLIGHT.remove(tmp);
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
      Path dir = target.toAbsolutePath().getParent();
      if (dir != null) {
        cleanStale(dir);
      }
      return false;
    }
    write(target, bytes);
    return true;
  }

  /**
   * The absolute path whose file a write to {@code target} replaces or writes through: the end of
   * a symlink chain, else {@code target} itself. Creates nothing.
   */
  public static Path replacedFile(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (!Files.isSymbolicLink(absolute)) {
      return absolute;
    }
    return Files.exists(absolute) ? absolute.toRealPath() : danglingEnd(absolute);
  }

  /**
   * The first of {@code inputs} that {@code output} would overwrite: the same file, through
   * symlinks and hard links ({@link Files#isSameFile}); null when there is none (or the output does
   * not exist yet). Commands refuse such an output before writing anything.
   */
  public static Path inputOverwrittenBy(Path output, Iterable<Path> inputs) {
    if (output == null || !Files.exists(output)) {
      return null;
    }
    for (Path in : inputs) {
      try {
        if (in != null && Files.exists(in) && Files.isSameFile(output, in)) {
          return in;
        }
      } catch (IOException e) {
        // cannot be compared: reading it will report the problem
      }
    }
    return null;
  }

  /**
   * A new, empty, owner-only temporary file next to {@code target} (creating its directory), for
   * writers that stream; finish with {@link #moveIntoPlace} and {@link #discard} it in a finally
   * block. Prefer {@link #write(Path, ContentWriter)}, which also handles symlinks and devices.
   */
  public static Path createTempFor(Path target) throws IOException {
    return createTempIn(directoryFor(target), target.getFileName().toString());
  }

  /**
   * A new, owner-only temporary directory next to {@code target}, named by the same scheme (so a
   * killed run's staging directory is removed by a later one); {@link #discard} it when done.
   */
  public static Path createTempDirectoryFor(Path target) throws IOException {
    return createTemp(directoryFor(destination(target).path), target.getFileName().toString(), tmp -> {
      try {
        return Files.createDirectory(tmp, PRIVATE_DIR);
      } catch (UnsupportedOperationException e) {
        return Files.createDirectory(tmp);
      }
    });
  }


  /** Deletes a temporary file or directory (with what it holds) and forgets it. */
  public static void discard(Path tmp) throws IOException {
    try {
      deleteTree(tmp);
    } finally {
      IN_FLIGHT.remove(tmp);
    }
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
    IN_FLIGHT.remove(tmp);
  }

  /**
   * Deletes the temporary files and directories of our naming scheme in {@code dir} whose process
   * no longer runs (at most once a minute per directory and process). Returns how many it deleted.
   */
  public static int cleanStale(Path dir) {
    long now = System.nanoTime();
    Long last = CLEANED.put(dir, now);
    if (last != null && now - last < CLEAN_AGAIN_NANOS) {
      return 0;
    }
    int deleted = 0;
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path p : s) {
        long pid = tempOwner(p.getFileName().toString());
        if (pid < 0) {
          continue;
        }
        if (pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).isPresent()) {
          continue; // ours, or its writer may still be at work (or its pid was reused: keep it)
        }
        try {
          deleteTree(p);
          deleted++;
        } catch (IOException e) {
          // not ours to delete after all (permissions), or gone already: leave it
        }
      }
    } catch (IOException | RuntimeException e) {
      // an unreadable directory: the write itself will report what is wrong
    }
    return deleted;
  }

  /**
   * The pid in a name of our scheme, {@code .<anything>.kos-tmp-<pid>-<hex>}, or -1 for any other
   * name. (No regular expression: the class would cost start-up time to a small build.)
   */
  static long tempOwner(String name) {
    int mark = name.lastIndexOf(TEMP_MARK);
    if (!name.startsWith(".") || mark < 1) {
      return -1;
    }
    int at = mark + TEMP_MARK.length();
    int dash = name.indexOf('-', at);
    if (dash < 0 || dash == at || dash - at > 18 || dash == name.length() - 1 || name.length() - dash - 1 > 16) {
      return -1;
    }
    long pid = 0;
    for (int i = at; i < dash; i++) {
      char c = name.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      pid = pid * 10 + (c - '0');
    }
    for (int i = dash + 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return -1;
      }
    }
    return pid;
  }

  /** The temporary paths this process has in flight (for tests of the shutdown hook's bookkeeping). */
  static Set<Path> inFlight() {
    return Set.copyOf(IN_FLIGHT);
  }

  /** What the shutdown hook does: deletes every temporary path in flight. */
  static void deleteInFlight() {
    for (Path p : IN_FLIGHT.toArray(new Path[0])) {
      try {
        deleteTree(p);
      } catch (IOException | RuntimeException e) {
        // the JVM is stopping: nothing more can be done
      }
      IN_FLIGHT.remove(p);
    }
  }

  // --- where an output goes

  /**
   * Where the bytes for {@code target} go: the file to replace (the end of a symlink chain) and its
   * directory, or the path to write through.
   */
  private record Destination(Path path, Path dir, boolean through, boolean append) {}

  private static Destination destination(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (isDescriptorPath(absolute)) {
      return new Destination(absolute, null, true, true);
    }
    BasicFileAttributes followed = attributes(absolute);
    if (followed != null && followed.isDirectory()) {
      throw new FileSystemException(absolute.toString(), null, "is a directory");
    }
    if (followed != null && !followed.isRegularFile()) {
      return new Destination(absolute, null, true, false);
    }
    Path path = absolute;
    if (Files.isSymbolicLink(absolute)) {
      path = followed != null ? absolute.toRealPath() : danglingEnd(absolute);
    }
    return new Destination(path, directoryFor(path), false, false);
  }

  /** The shell's descriptors: {@code -o /dev/stdout} writes to what standard output is. */
  private static boolean isDescriptorPath(Path p) {
    String s = p.normalize().toString();
    return s.equals("/dev/stdout") || s.equals("/dev/stderr") || s.startsWith("/dev/fd/")
        || s.startsWith("/proc/") && s.contains("/fd/");
  }

  private static BasicFileAttributes attributes(Path p) throws IOException {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return null;
    } catch (FileSystemException e) {
      if (Files.isSymbolicLink(p)) {
        // a loop, or a chain too long: say so for the user's path
        throw new FileSystemException(p.toString(), null, e.getReason() != null ? e.getReason() : "cannot follow the link");
      }
      return null; // a file where a directory should be, say: creating the output reports it
    }
  }

  /** The path a dangling symlink chain ends in: the file writing through the link would create. */
  private static Path danglingEnd(Path link) throws IOException {
    Path p = link;
    for (int hops = 0; Files.isSymbolicLink(p); hops++) {
      if (hops == MAX_LINKS) {
        throw new FileSystemException(link.toString(), null, "too many levels of symbolic links");
      }
      Path text = Files.readSymbolicLink(p);
      Path parent = p.getParent();
      Path base = Files.exists(parent) ? parent.toRealPath() : parent;
      p = base.resolve(text).normalize();
    }
    return p;
  }

  private static FileChannel openThrough(Destination d) throws IOException {
    return d.append
        ? FileChannel.open(d.path, StandardOpenOption.WRITE, StandardOpenOption.APPEND)
        : FileChannel.open(d.path, StandardOpenOption.WRITE);
  }

  private static void writeFully(FileChannel out, byte[] bytes) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    while (b.hasRemaining()) {
      out.write(b);
    }
  }

  // --- temporary names

  private static String tempPrefix(String targetName) {
    String name = targetName.length() > NAME_PART ? targetName.substring(0, NAME_PART) : targetName;
    return "." + name + TEMP_MARK + ProcessHandle.current().pid() + "-";
  }

  /**
   * Creates a new, empty, private file in {@code dir} named after {@code targetName}, after
   * clearing {@code dir} of stale ones. Not {@link Files#createTempFile}: its names come from
   * {@code SecureRandom}, whose start-up (security providers, entropy) costs more than a small
   * build; a name that exists already is simply skipped.
   */
  private static Path createTempIn(Path dir, String targetName) throws IOException {
    return createTemp(dir, targetName, tmp -> {
      try {
        return Files.createFile(tmp, PRIVATE);
      } catch (UnsupportedOperationException e) {
        return Files.createFile(tmp);
      }
    });
  }

  /** How a temp file or directory is made at a chosen name. */
  private interface Creator {
    Path create(Path tmp) throws IOException;
  }

  /** A new temp entry of our naming scheme in {@code dir}, registered for removal on a signal. */
  private static Path createTemp(Path dir, String targetName, Creator creator) throws IOException {
    cleanStale(dir);
    String prefix = tempPrefix(targetName);
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve(prefix + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1));
      register(tmp); // before it exists: a signal between creation and registration would leak it
      try {
        return creator.create(tmp);
      } catch (FileAlreadyExistsException e) {
        IN_FLIGHT.remove(tmp);
        if (attempt == 99) {
          throw e;
        }
      } catch (IOException | RuntimeException e) {
        IN_FLIGHT.remove(tmp);
        throw e;
      }
    }
  }


  private static void register(Path tmp) {
    if (!hookInstalled) {
      installHook();
    }
    IN_FLIGHT.add(tmp);
  }

  private static synchronized void installHook() {
    if (hookInstalled) {
      return;
    }
    try {
      Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deleteInFlight, "kos-delete-temporary-files"));
    } catch (IllegalStateException e) {
      // already shutting down
    }
    hookInstalled = true;
  }

  private static void deleteTree(Path p) throws IOException {
    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
        for (Path c : s) {
          deleteTree(c);
        }
      }
    }
    Files.deleteIfExists(p);
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
