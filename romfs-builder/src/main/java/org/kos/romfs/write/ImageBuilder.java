package org.kos.romfs.write;

import java.io.IOException;
import java.nio.file.Path;
import org.kos.io.AtomicFiles;
import org.kos.romfs.Compression;
import org.kos.romfs.ImageFormat;
import org.kos.romfs.tree.ImageTree;

/**
 * Builds an image file through {@link AtomicFiles}: a regular target is written to a temporary file
 * in its directory and moved over it atomically, so that the target name only ever holds a complete
 * image (an interrupted or failed build leaves the previous image, or nothing, and removes the
 * temporary file); a symlink is kept and the file it leads to replaced; a FIFO or a device is
 * written through.
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
    ImageWriter writer = writerFor(format);
    AtomicFiles.write(target, out -> writer.write(tree, options, out));
  }
}
