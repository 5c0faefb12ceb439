package org.kos.cli.romfs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kos.cli.ExitCodes;
import org.kos.romfs.extract.ImageExtractor;
import org.kos.romfs.read.BadImageException;
import org.kos.romfs.read.RomImage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kos romfs extract}: unpack an image, refusing anything that would land outside the target. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract an image into a directory (names and symlinks escaping it are refused).",    footerHeading = "%nExit codes:%n",
    footer = {"  0   extracted", "  1   the image is bad, or an entry would land outside DIR", "  2   usage error", "  3   a file could not be read or written"})
public final class ExtractCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin ReadOptions read;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "Target directory.")
  Path target;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    if (Files.exists(target) && !Files.isDirectory(target)) {
      cl.getErr().println("kos: error: -o " + target + ": not a directory");
      return ExitCodes.IO_ERROR;
    }
    try (RomImage img = read.open()) {
      int n = ImageExtractor.extract(img, target, w -> cl.getErr().println("kos romfs extract: warning: " + w));
      if (!quiet) {
        cl.getOut().println("extracted " + n + (n == 1 ? " entry" : " entries") + " into " + target);
      }
      return ExitCodes.OK;
    } catch (BadImageException e) {
      return read.bad(cl, e);
    }
  }
}
