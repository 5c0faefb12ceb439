package org.kos.cli.nk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kos.nkc.ast.UnitKind;
import picocli.CommandLine;

/**
 * The FILE|DIR arguments of a {@code kos nk} subcommand turned into source files: files as given,
 * directories searched recursively for {@code *.idl}, {@code *.cdl} and {@code *.edl}.
 */
final class NkInputs {
  private NkInputs() {}

  /**
   * @throws CommandLine.ParameterException for a file that is not IDL/CDL/EDL or when nothing is found
   * @throws NoSuchFileException for an argument that does not exist
   */
  static List<Path> expand(CommandLine cl, List<Path> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        files.addAll(NkCheckCommand.sourcesUnder(p));
      } else if (!Files.exists(p)) {
        throw new NoSuchFileException(p.toString());
      } else if (UnitKind.ofFileName(p.getFileName().toString()) == null) {
        throw new CommandLine.ParameterException(cl,
            p + ": not an IDL, CDL or EDL file (expected .idl, .cdl or .edl)");
      } else {
        files.add(p);
      }
    }
    if (files.isEmpty()) {
      throw new CommandLine.ParameterException(cl, "no .idl, .cdl or .edl files in " + inputs);
    }
    return files;
  }

  /** An I/O error (exit 3) message for a -I argument that is not a directory, or null. */
  static String badIncludeDir(List<Path> includeDirs) {
    for (Path dir : includeDirs) {
      if (!Files.isDirectory(dir)) {
        return "kos: error: -I " + dir + ": not a directory";
      }
    }
    return null;
  }
}
