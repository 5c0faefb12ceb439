package org.kos.cli.romfs;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.kos.cli.ExitCodes;
import org.kos.romfs.ImagePaths;
import org.kos.romfs.read.BadImageException;
import org.kos.romfs.read.ImageEntry;
import org.kos.romfs.read.RomImage;
import org.kos.romfs.source.ManifestWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kos romfs ls}: the entries of an image with their types, modes, sizes and offsets. */
@Command(name = "ls", mixinStandardHelpOptions = true, description = "List the entries of an image.",    footerHeading = "%nExit codes:%n",
    footer = {"  0   listed", "  1   the image is bad", "  2   usage error", "  3   the image could not be read"})
public final class LsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin ReadOptions read;

  @Option(names = "--json", description = "Print JSON: format, compression, label and every entry.")
  boolean json;

  @Option(names = "--manifest", description = "Print a manifest in image order: extract the image, put this "
      + "manifest in the directory extracted into, and 'kos romfs build -m FILE --order manifest' rebuilds it.")
  boolean manifest;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (json && manifest) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--json and --manifest exclude each other");
    }
    try (RomImage img = read.open()) {
      if (json) {
        out.print(LsJson.of(img));
      } else if (manifest) {
        String text;
        try {
          text = ManifestWriter.of(img.entries());
        } catch (IllegalArgumentException e) {
          spec.commandLine().getErr().println("kos romfs: " + read.image + ": "
              + ImagePaths.printable(e.getMessage()));
          return ExitCodes.INPUT_ERROR;
        }
        out.print("# " + ImagePaths.printable(String.valueOf(read.image.getFileName())) + ": entries in image order; "
            + "rebuild: kos romfs build -m FILE --order manifest -f " + img.format().label() + "\n");
        out.print(text);
      } else {
        for (ImageEntry e : img.entries()) {
          // Names are shown with control characters escaped (\x1b): a name must not drive the terminal.
          String target = e.symlinkTarget() != null ? " -> " + ImagePaths.printable(e.symlinkTarget())
              : e.linkTarget() != null ? " => " + ImagePaths.printable(e.linkTarget()) : "";
          out.printf("%-8s %04o %10d 0x%08x  %s%s%n", e.type().label(), e.mode(), e.size(), e.dataOffset(),
              ImagePaths.printable(e.path()), target);
        }
      }
      out.flush();
      return ExitCodes.OK;
    } catch (BadImageException e) {
      return read.bad(spec.commandLine(), e);
    }
  }

  /** A mode as four octal digits (0755), as the text listing shows it too. */
  static String octalMode(int mode) {
    String octal = Integer.toOctalString(mode & 07777);
    return "0000".substring(octal.length()) + octal;
  }
}
