package org.kos.cli.psl;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kos.cli.ExitCodes;
import org.kos.io.AtomicFiles;
import org.kos.psl.ir.PolicyIr;
import org.kos.psl.model.Policy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kos psl ir}: a checked policy, resolved, as versioned JSON (docs/psl-ir.md). */
@Command(
    name = "ir",
    mixinStandardHelpOptions = true,
    description = {
      "Check a security policy and write it, resolved, as JSON: classes with their endpoints, the interfaces' "
          + "messages, models, objects, bindings with every call resolved, audit and tests.",
      "Give the top-level policy (its fragments are found through 'use'). Format: docs/psl-ir.md, schema: "
          + "docs/psl-ir-schema.json."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   IR written (warnings may have been printed)",
      "  1   errors in the input; nothing written",
      "  2   usage error (not exactly one top-level policy)",
      "  3   a file could not be read or written"
    })
public final class PslIrCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin PslInputs sources;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the IR to FILE (atomically: a temporary file moved into place). Default: standard output.")
  Path output;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only, no warnings.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    return writeOne(spec.commandLine(), sources, output, quiet, false);
  }

  /**
   * Checks the one top-level policy of {@code sources} and writes its IR to {@code output} (standard
   * output when null); {@code relative}: file names relative to the policy's directory, as a module
   * built anywhere should read the same.
   */
  static int writeOne(CommandLine cl, PslInputs sources, Path output, boolean quiet, boolean relative)
      throws IOException {
    OnePolicy checked = OnePolicy.check(cl, sources, quiet, "nothing written", "-o", output);
    if (checked.policy() == null) {
      return checked.exitCode();
    }
    Policy policy = checked.policy();
    Path base = relative ? Path.of(policy.root().source().file().name()).toAbsolutePath().getParent() : null;
    String ir = PolicyIr.render(policy, base);
    if (output == null) {
      PrintWriter out = cl.getOut();
      out.print(ir);
      out.flush();
    } else {
      AtomicFiles.write(output, ir);
    }
    return ExitCodes.OK;
  }
}
