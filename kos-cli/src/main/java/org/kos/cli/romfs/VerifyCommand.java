package org.kos.cli.romfs;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.kos.cli.ExitCodes;
import org.kos.romfs.read.BadImageException;
import org.kos.romfs.read.ImageVerifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kos romfs verify}: structure, checksums, bounds, overlaps; exit 1 at the first problem. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Check an image: checksums, bounds, alignment, overlaps, loops, names.",
        "Exit 1 with the offset of the first problem."},    footerHeading = "%nExit codes:%n",
    footer = {"  0   the image is good", "  1   the image is bad (the offset of the first problem is printed)", "  2   usage error", "  3   the image could not be read"})
public final class VerifyCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin ReadOptions read;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing when the image is good.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    try {
      ImageVerifier.Report r = ImageVerifier.verify(read.image, read.limits());
      for (org.kos.romfs.read.TreeCheck.Finding w : r.warnings()) {
        spec.commandLine().getErr().println("kos romfs: " + read.image + ": " + w);
      }
      if (!quiet) {
        spec.commandLine().getOut().println(read.image + ": ok (" + r.image().format().label()
            + (r.image().compression().label().equals("none") ? "" : ", " + r.image().compression().label())
            + ", " + r.entries() + " entries, " + r.contentBytes() + " bytes of file data)");
      }
      return ExitCodes.OK;
    } catch (BadImageException e) {
      return read.bad(spec.commandLine(), e);
    }
  }
}
