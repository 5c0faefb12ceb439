package org.kos.cli.romfs;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kos.cli.ExitCodes;
import org.kos.romfs.read.BadImageException;
import org.kos.romfs.read.ImageReaders;
import org.kos.romfs.read.ReadLimits;
import org.kos.romfs.read.RomImage;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The image argument and the reading limits shared by ls, verify, extract and cat. */
final class ReadOptions {
  @Parameters(index = "0", paramLabel = "IMAGE", description = "The image (format detected from its bytes).")
  Path image;

  @Option(names = "--max-entries", paramLabel = "N", defaultValue = "65536",
      description = "Refuse images with more entries (default: ${DEFAULT-VALUE}).")
  int maxEntries;

  ReadLimits limits() {
    return new ReadLimits(maxEntries, ReadLimits.DEFAULT.maxDepth());
  }

  RomImage open() throws IOException, BadImageException {
    if (Files.isDirectory(image)) {
      throw new FileSystemException(image.toString(), null, "is a directory, not an image");
    }
    return ImageReaders.open(image, limits());
  }

  /** Prints a bad-image error the same way for every command and returns exit code 1. */
  int bad(CommandLine cl, BadImageException e) {
    // Messages quote entry names: control characters in them are shown escaped (\x1b).
    cl.getErr().println("kos romfs: " + image + ": " + org.kos.romfs.ImagePaths.printable(e.getMessage()));
    return ExitCodes.INPUT_ERROR;
  }
}
