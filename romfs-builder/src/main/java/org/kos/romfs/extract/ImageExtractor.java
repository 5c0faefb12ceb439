package org.kos.romfs.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.kos.romfs.EntryType;
import org.kos.romfs.ImagePaths;
import org.kos.romfs.read.BadImageException;
import org.kos.romfs.read.ImageEntry;
import org.kos.romfs.read.ImageProblem;
import org.kos.romfs.read.RomImage;
import org.kos.romfs.read.TreeCheck;

/** Extracts every entry of an opened image below a target directory. */
public final class ImageExtractor {
  private ImageExtractor() {}

  /**
   * Extracts {@code image} into {@code target} (created if missing).
   *
   * @param warnings told about entries that cannot be created here (device nodes, fifos, sockets)
   * @return the number of entries written
   * @throws BadImageException if an entry would land, or a symlink would point, outside the target
   */
  public static int extract(RomImage image, Path target, Consumer<String> warnings)
      throws IOException, BadImageException {
    Path absolute = target.toAbsolutePath();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    // Checked before anything is created: a refused image leaves no trace, not even the target.
    Path plannedRoot = existing == null ? absolute
        : existing.toRealPath().resolve(existing.relativize(absolute).toString()).normalize();
    for (ImageEntry e : image.entries()) {
      check(plannedRoot, e);
    }
    TreeCheck.Finding problem = TreeCheck.firstError(TreeCheck.check(image.entries(), onDisk(plannedRoot), true));
    if (problem != null) {
      throw problem.toException();
    }
    Files.createDirectories(target);
    Path root = target.toRealPath();
    int written = 0;
    List<ImageEntry> directories = new ArrayList<>();
    for (ImageEntry e : image.entries()) {
      if (e.type() == EntryType.DIRECTORY) {
        Files.createDirectories(inside(root, e.path()));
        directories.add(e);
        written++;
      }
    }
    for (ImageEntry e : image.entries()) {
      if (e.type() == EntryType.FILE) {
        writeFile(image, e, root);
        written++;
      }
    }
    for (ImageEntry e : image.entries()) {
      switch (e.type()) {
        case HARD_LINK: {
          Path to = inside(root, e.path());
          Files.deleteIfExists(to);
          Files.createLink(to, inside(root, e.linkTarget()));
          written++;
          break;
        }
        case CHAR_DEVICE:
        case BLOCK_DEVICE:
        case FIFO:
        case SOCKET:
          warnings.accept("skipped " + e.type().label() + " '" + ImagePaths.printable(e.path())
              + "': cannot be created by this tool");
          break;
        default:
          break;
      }
    }
    for (ImageEntry e : image.entries()) {
      if (e.type() == EntryType.SYMLINK) {
        Path link = inside(root, e.path());
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, Path.of(e.symlinkTarget()));
        written++;
      }
    }
    for (ImageEntry e : image.entries()) {
      if (e.type() == EntryType.SYMLINK) {
        // What the checks above promise, asked of the file system itself.
        Path link = root.resolve(e.path());
        if (Files.exists(link) && !link.toRealPath().startsWith(root)) {
          Files.delete(link);
          throw new BadImageException(e.headerOffset(), ImageProblem.SYMLINK_ESCAPES.label() + ": symlink '"
              + ImagePaths.printable(e.path()) + "' resolves outside the target directory");
        }
      }
    }
    for (int i = directories.size() - 1; i >= 0; i--) {
      setMode(inside(root, directories.get(i).path()), directories.get(i).mode());
    }
    return written;
  }

  /** Symlinks already on disk below {@code root} (their text), for paths the image does not hold. */
  private static java.util.function.Function<String, String> onDisk(Path root) {
    return path -> {
      Path p = root.resolve(path);
      if (!Files.isSymbolicLink(p)) {
        return null;
      }
      try {
        return Files.readSymbolicLink(p).toString();
      } catch (IOException e) {
        return null;
      }
    };
  }

  /** Refuses names escaping the target and symlinks pointing outside it. */
  private static void check(Path root, ImageEntry e) throws BadImageException {
    String bad = ImagePaths.problem(e.path());
    Path dest = root.resolve(e.path()).normalize();
    if (bad != null || e.path().isEmpty() || !dest.startsWith(root)) {
      throw new BadImageException(e.headerOffset(), "refusing to extract '" + ImagePaths.printable(e.path()) + "': "
          + (bad != null ? ImagePaths.printable(bad) : "it is outside the target directory"));
    }
    if (e.type() == EntryType.SYMLINK) {
      String t = e.symlinkTarget();
      Path resolved = dest.getParent().resolve(t).normalize();
      if (t.startsWith("/") || !resolved.startsWith(root)) {
        throw new BadImageException(e.headerOffset(), "refusing to extract symlink '" + ImagePaths.printable(e.path())
            + "' -> '" + ImagePaths.printable(t) + "': it points outside the target directory");
      }
    }
  }

  /** The destination of {@code path}, after making sure no existing symlink leads it outside. */
  private static Path inside(Path root, String path) throws IOException {
    Path dest = root.resolve(path);
    Path parent = dest.getParent();
    if (Files.exists(parent) && !parent.toRealPath().startsWith(root)) {
      throw new IOException("refusing to write '" + path + "': " + parent + " leads outside " + root);
    }
    return dest;
  }

  private static void writeFile(RomImage image, ImageEntry e, Path root) throws IOException {
    Path dest = inside(root, e.path());
    Files.createDirectories(dest.getParent());
    Path tmp = Files.createTempFile(dest.getParent(), "." + dest.getFileName() + ".", ".tmp");
    boolean done = false;
    try {
      try (InputStream in = image.open(e); OutputStream out = Files.newOutputStream(tmp)) {
        long n = in.transferTo(out);
        if (n != e.size()) {
          throw new IOException("'" + ImagePaths.printable(e.path()) + "': read " + n + " of " + e.size() + " bytes");
        }
      }
      setMode(tmp, e.mode());
      if (Files.isDirectory(dest, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException("'" + ImagePaths.printable(e.path()) + "' exists as a directory");
      }
      Files.move(tmp, dest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  private static void setMode(Path p, int mode) throws IOException {
    Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] bits = PosixFilePermission.values();
    for (int i = 0; i < 9; i++) {
      if ((mode & (1 << (8 - i))) != 0) {
        perms.add(bits[i]);
      }
    }
    try {
      Files.setPosixFilePermissions(p, perms);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system
    }
  }
}
