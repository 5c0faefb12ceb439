package org.kos.cli.psl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kos.cli.MacroOptions;
import org.kos.psl.PslRequest;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every {@code kos psl} subcommand reads, as a picocli mixin: the policy files (directories are
 * searched for {@code *.psl} and {@code *.psl.in}), the {@code -I} search path for fragments and
 * EDL/CDL/IDL files, and template macro values from {@code --properties} and {@code -D} (which wins).
 */
final class PslInputs {
  @Option(names = "-I", paramLabel = "DIR",
      description = "Add DIR to the search path: fragment 'use a.b._' is DIR/a/b.psl, class a.b.C is DIR/a/b/C.edl "
          + "(with its CDL and IDL). Repeatable; searched in order, then the bundled SDK (nk/*.psl, kl.core, Einit).")
  List<Path> includeDirs = new ArrayList<>();

  @CommandLine.Mixin MacroOptions macros;

  @CommandLine.Mixin org.kos.cli.SdkOption sdk;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
      description = "Policy files (*.psl, *.psl.in), or directories to search for them. A file that another "
          + "input includes with 'use' is checked as part of that policy, not on its own.")
  List<Path> inputs = new ArrayList<>();

  static boolean isPolicy(String name) {
    return name.endsWith(".psl") || name.endsWith(".psl.in");
  }

  /**
   * @throws CommandLine.ParameterException for a file that is not a policy or when nothing is found
   * @throws NoSuchFileException for an argument that does not exist
   */
  PslRequest request(CommandLine cl) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        files.addAll(policiesUnder(p));
      } else if (!Files.exists(p)) {
        throw new NoSuchFileException(p.toString());
      } else if (!Files.isRegularFile(p)) {
        throw new CommandLine.ParameterException(cl, p + ": not a regular file");
      } else if (!isPolicy(p.getFileName().toString()) && !p.getFileName().toString().endsWith(".cfg")) {
        throw new CommandLine.ParameterException(cl, p + ": not a policy file (expected .psl or .psl.in)");
      } else {
        files.add(p);
      }
    }
    if (files.isEmpty()) {
      throw new CommandLine.ParameterException(cl, "no .psl or .psl.in files in "
          + inputs.stream().map(Path::toString).collect(Collectors.joining(", ")));
    }
    return new PslRequest(files, includeDirs, macros.values(), false, sdk.version());
  }

  static List<Path> policiesUnder(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).filter(p -> isPolicy(p.getFileName().toString())).sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
