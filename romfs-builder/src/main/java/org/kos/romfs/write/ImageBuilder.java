package org.kos.romfs.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.kos.romfs.Compression;
import org.kos.romfs.ImageFormat;
import org.kos.romfs.tree.ImageTree;

/**
 * Builds an image file: writes it to a temporary file in the target's directory and moves it over
 * the target atomically, so that the target name only ever holds a complete image (an interrupted
 * or failed build leaves the previous image, or nothing, and removes the temporary file).
 */
public final class ImageBuilder {
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
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    boolean done = false;
    try {
      try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        writerFor(format).write(tree, options, out);
      }
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: keep what createTempFile gave
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
