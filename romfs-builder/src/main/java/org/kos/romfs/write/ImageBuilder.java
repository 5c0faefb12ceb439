package org.kos.romfs.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.kos.io.AtomicFiles;
import org.kos.romfs.Compression;
import org.kos.romfs.ImageFormat;
import org.kos.romfs.tree.ImageTree;

/**
 * Builds an image file: writes it to a temporary file in the target's directory and moves it over
 * the target atomically, so that the target name only ever holds a complete image (an interrupted
 * or failed build leaves the previous image, or nothing, and removes the temporary file).
 */
public final class ImageBuilder {
  private static final Set<PosixFilePermission> IMAGE_PERMISSIONS = EnumSet.of(
      PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
      PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
  private static final FileAttribute<Set<PosixFilePermission>> PRIVATE = PosixFilePermissions.asFileAttribute(
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

  private ImageBuilder() {}

  public static ImageWriter writerFor(ImageFormat format) {
    switch (format) {
      case KOS: return new KosWriter();
      case ROMFS: return new RomfsWriter();
      case CPIO: return new CpioWriter();
      default: throw new IllegalArgumentException(format.toString());
    }
  }

  public static void build(ImageTree tree, ImageFormat format, BuildOptions options, Path target)
      throws IOException, ImageBuildException {
    if (format != ImageFormat.CPIO && options.compression() != Compression.NONE) {
      throw new ImageBuildException("compression applies to the cpio format only");
    }
    if (format == ImageFormat.CPIO && options.hasAlignmentRules()) {
      throw new ImageBuildException("alignment applies to the kos and romfs formats only");
    }
    Path tmp = temporaryFor(target);
    boolean done = false;
    try {
      try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        writerFor(format).write(tree, options, out);
      }
      try {
        Files.setPosixFilePermissions(tmp, IMAGE_PERMISSIONS);
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: keep what the file was created with
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * Creates a new, empty, private file beside {@code target}, named after it. Not
   * {@link Files#createTempFile}: its names come from {@code SecureRandom}, whose start-up (security
   * providers, entropy) costs more than a small build; a name that exists already is simply skipped.
   */
  static Path temporaryFor(Path target) throws IOException {
    Path dir = AtomicFiles.directoryFor(target);
    String prefix = "." + target.getFileName() + ".";
    long stamp = System.nanoTime();
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve(prefix + Long.toHexString(stamp + attempt) + ".tmp");
      try {
        return Files.createFile(tmp, PRIVATE);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 99) {
          throw e;
        }
      } catch (UnsupportedOperationException e) {
        return Files.createFile(tmp);
      }
    }
  }
}
