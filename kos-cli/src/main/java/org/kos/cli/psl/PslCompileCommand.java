package org.kos.cli.psl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kos psl compile}: a policy into the security module an image carries ({@code ksm.module}). */
@Command(
    name = "compile",
    mixinStandardHelpOptions = true,
    description = {
      "Check a security policy and compile it into a security module (ksm.module) for the reference kernel.",
      "The module is the policy's IR (docs/psl-ir.md) with file names relative to the policy's directory; "
          + "kos solution build puts it into the image, and kos run enforces it."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   module written (warnings may have been printed)",
      "  1   errors in the input; nothing written",
      "  2   usage error (not exactly one top-level policy)",
      "  3   a file could not be read or written"
    })
public final class PslCompileCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin PslInputs sources;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "ksm.module",
      description = "Where to write the module (atomically). Default: ksm.module.")
  Path output;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only, no warnings.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    return PslIrCommand.writeOne(spec.commandLine(), sources, output, quiet, true);
  }
}
