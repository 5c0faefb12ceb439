package org.kos.cli.romfs;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.kos.cli.ExitCodes;
import org.kos.romfs.read.BadImageException;
import org.kos.romfs.read.ImageEntry;
import org.kos.romfs.read.RomImage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kos romfs ls}: the entries of an image with their types, modes, sizes and offsets. */
@Command(name = "ls", mixinStandardHelpOptions = true, description = "List the entries of an image.")
public final class LsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin ReadOptions read;

  @Option(names = "--json", description = "Print JSON: format, compression, label and every entry.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (RomImage img = read.open()) {
      if (json) {
        printJson(img, out);
      } else {
        for (ImageEntry e : img.entries()) {
          String target = e.symlinkTarget() != null ? " -> " + e.symlinkTarget()
              : e.linkTarget() != null ? " => " + e.linkTarget() : "";
          out.printf("%-8s %04o %10d 0x%08x  %s%s%n", e.type().label(), e.mode(), e.size(), e.dataOffset(),
              e.path(), target);
        }
      }
      out.flush();
      return ExitCodes.OK;
    } catch (BadImageException e) {
      return read.bad(spec.commandLine(), e);
    }
  }

  private static void printJson(RomImage img, PrintWriter out) {
    out.print("{\"format\":" + Json.quote(img.format().label()) + ",\"compression\":"
        + Json.quote(img.compression().label()) + ",\"label\":" + Json.quote(img.label()) + ",\"entries\":[");
    boolean first = true;
    for (ImageEntry e : img.entries()) {
      out.print((first ? "" : ",") + "\n  {\"path\":" + Json.quote(e.path()) + ",\"type\":" + Json.quote(e.type().label())
          + ",\"mode\":" + Json.quote(String.format("%04o", e.mode())) + ",\"size\":" + e.size()
          + ",\"headerOffset\":" + e.headerOffset() + ",\"dataOffset\":" + e.dataOffset());
      if (e.symlinkTarget() != null) {
        out.print(",\"symlinkTarget\":" + Json.quote(e.symlinkTarget()));
      }
      if (e.linkTarget() != null) {
        out.print(",\"linkTarget\":" + Json.quote(e.linkTarget()));
      }
      if (e.type().isDevice()) {
        out.print(",\"major\":" + e.major() + ",\"minor\":" + e.minor());
      }
      out.print("}");
      first = false;
    }
    out.println("\n]}");
  }
}
