package org.kos.cli.romfs;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kos.cli.ExitCodes;
import org.kos.romfs.EntryType;
import org.kos.romfs.ImagePaths;
import org.kos.romfs.read.BadImageException;
import org.kos.romfs.read.ImageEntry;
import org.kos.romfs.read.RomImage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kos romfs cat}: one file's bytes to stdout. */
@Command(name = "cat", mixinStandardHelpOptions = true, description = "Write one file of an image to stdout.",    footerHeading = "%nExit codes:%n",
    footer = {"  0   the file was written", "  1   the image is bad, or has no such file", "  2   usage error", "  3   the image could not be read"})
public final class CatCommand implements Callable<Integer> {
  /** Where bytes go; tests replace it. */
  static OutputStream stdout = new FileOutputStream(FileDescriptor.out);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin ReadOptions read;

  @Parameters(index = "1", paramLabel = "PATH", description = "Path of the file inside the image.")
  String path;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    try (RomImage img = read.open()) {
      String p;
      try {
        p = ImagePaths.normalize(path);
      } catch (IllegalArgumentException e) {
        cl.getErr().println("kos romfs cat: " + e.getMessage());
        return ExitCodes.INPUT_ERROR;
      }
      Optional<ImageEntry> e = img.find(p);
      if (e.isEmpty()) {
        cl.getErr().println("kos romfs cat: " + read.image + ": no entry '" + path + "'");
        return ExitCodes.INPUT_ERROR;
      }
      if (e.get().type() != EntryType.FILE && e.get().type() != EntryType.HARD_LINK) {
        cl.getErr().println("kos romfs cat: '" + path + "' is a " + e.get().type().label() + ", not a file");
        return ExitCodes.INPUT_ERROR;
      }
      try (InputStream in = img.open(e.get())) {
        in.transferTo(stdout);
      }
      stdout.flush();
      return ExitCodes.OK;
    } catch (BadImageException ex) {
      return read.bad(cl, ex);
    }
  }
}
