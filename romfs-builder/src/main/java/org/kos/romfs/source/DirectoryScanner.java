package org.kos.romfs.source;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.kos.romfs.EntryType;
import org.kos.romfs.ImagePaths;
import org.kos.romfs.tree.ImageTree;
import org.kos.romfs.tree.TreeEntry;

/**
 * Reads a directory tree from disk into a tree builder, without following symbolic links.
 *
 * <p>Modes are normalised so that the same checkout gives the same image whatever the umask was:
 * files and directories become 0755 when any execute bit is set and 0644 otherwise, symlinks 0777;
 * device nodes, fifos and sockets keep their permission bits. Files sharing an inode become hard
 * links of one another (same {@code fileKey}, i.e. device and inode).
 */
public final class DirectoryScanner {
  /** Lists the names in a directory; the order does not matter (the tree sorts them). */
  @FunctionalInterface
  public interface Lister {
    List<String> list(Path dir) throws IOException;
  }

  /**
   * The platform's listing, in whatever order the file system returns. {@link File#list()} hands
   * back every name in one native call, without a {@code Path} per entry; only when it fails is the
   * directory opened again through NIO, for an exception that says why.
   */
  public static final Lister PLATFORM = DirectoryScanner::listNames;

  private static List<String> listNames(Path dir) throws IOException {
    String[] names = dir.getFileSystem() == FileSystems.getDefault() ? dir.toFile().list() : null;
    if (names != null) {
      return Arrays.asList(names);
    }
    List<String> listed = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        listed.add(p.getFileName().toString());
      }
    }
    return listed;
  }

  private static final int S_IFMT = 0170000;

  private final Lister lister;
  private final Exclusions exclusions;

  public DirectoryScanner(Lister lister, Exclusions exclusions) {
    this.lister = lister;
    this.exclusions = exclusions;
  }

  /**
   * Scans {@code root}.
   *
   * @throws IOException when something cannot be read, or {@code root} is not a directory
   * @throws IllegalArgumentException when a name cannot be decoded in the current locale
   */
  public ImageTree.Builder scan(Path root) throws IOException {
    PosixFileAttributes a = Files.readAttributes(root, PosixFileAttributes.class);
    if (!a.isDirectory()) {
      throw new java.nio.file.NotDirectoryException(root.toString());
    }
    ImageTree.Builder tree = ImageTree.builder(normalizedMode(EntryType.DIRECTORY, permissionBits(a.permissions())));
    scanDirectory(root, "", tree);
    return tree;
  }

  private void scanDirectory(Path dir, String imageDir, ImageTree.Builder tree) throws IOException {
    for (String name : lister.list(dir)) {
      String bad = ImagePaths.childProblem(imageDir, name);
      if (bad != null) {
        throw new IOException(dir.resolve(name) + ": cannot be stored: " + bad);
      }
      String path = ImagePaths.child(imageDir, name);
      if (exclusions.excludes(path)) {
        continue;
      }
      Path file = resolve(dir, name);
      TreeEntry entry = entryFor(file, path);
      tree.add(entry);
      if (entry.type() == EntryType.DIRECTORY) {
        scanDirectory(file, path, tree);
      }
    }
  }

  /**
   * The file {@code name} in {@code dir}. Java decodes file names with the locale's character set:
   * under C/POSIX a non-ASCII name comes back with replacement characters and names no file.
   */
  private static Path resolve(Path dir, String name) {
    try {
      return dir.resolve(name);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(dir + ": the name '" + name + "' cannot be decoded with the locale's character set ("
          + System.getProperty("sun.jnu.encoding") + "); run with a UTF-8 locale, for example LC_ALL=C.UTF-8", e);
    }
  }

  private static TreeEntry entryFor(Path file, String path) throws IOException {
    // PosixFileAttributes is the cheap path (one lstat, no attribute map); device numbers, rare,
    // cost a second look.
    PosixFileAttributes a = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    EntryType type = typeOf(a, file);
    Object linkKey = type == EntryType.DIRECTORY ? null : a.fileKey();
    int perms = normalizedMode(type, permissionBits(a.permissions()));
    switch (type) {
      case DIRECTORY:
        return TreeEntry.directory(path, perms);
      case FILE:
        return TreeEntry.file(path, perms, file, a.size(), linkKey);
      case SYMLINK:
        return TreeEntry.symlink(path, perms, Files.readSymbolicLink(file).toString(), linkKey);
      case CHAR_DEVICE:
      case BLOCK_DEVICE: {
        long rdev = (Long) Files.getAttribute(file, "unix:rdev", LinkOption.NOFOLLOW_LINKS);
        return TreeEntry.device(path, type, perms, major(rdev), minor(rdev), linkKey);
      }
      default:
        return TreeEntry.special(path, type, perms, linkKey);
    }
  }

  private static int permissionBits(Set<PosixFilePermission> perms) {
    int mode = 0;
    for (PosixFilePermission p : perms) {
      mode |= 1 << (8 - p.ordinal());
    }
    return mode;
  }

  private static EntryType typeOf(PosixFileAttributes a, Path file) throws IOException {
    if (a.isRegularFile()) {
      return EntryType.FILE;
    }
    if (a.isDirectory()) {
      return EntryType.DIRECTORY;
    }
    if (a.isSymbolicLink()) {
      return EntryType.SYMLINK;
    }
    int mode = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    return typeOf(mode, file);
  }

  private static EntryType typeOf(int mode, Path file) throws IOException {
    switch (mode & S_IFMT) {
      case 0100000: return EntryType.FILE;
      case 0040000: return EntryType.DIRECTORY;
      case 0120000: return EntryType.SYMLINK;
      case 0020000: return EntryType.CHAR_DEVICE;
      case 0060000: return EntryType.BLOCK_DEVICE;
      case 0010000: return EntryType.FIFO;
      case 0140000: return EntryType.SOCKET;
      default: throw new IOException(file + ": unknown file type (mode 0" + Integer.toOctalString(mode) + ")");
    }
  }

  static int normalizedMode(EntryType type, int mode) {
    switch (type) {
      case FILE:
      case DIRECTORY:
        return (mode & 0111) != 0 ? 0755 : 0644;
      case SYMLINK:
        return 0777;
      default:
        return mode & 07777;
    }
  }

  /** Linux's encoding of dev_t (glibc gnu_dev_major/minor). */
  static int major(long rdev) {
    return (int) (((rdev >>> 8) & 0xfff) | ((rdev >>> 32) & ~0xfffL));
  }

  static int minor(long rdev) {
    return (int) ((rdev & 0xff) | ((rdev >>> 12) & ~0xffL));
  }
}
