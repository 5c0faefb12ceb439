package org.kos.cli.psl;

import java.io.IOException;
import java.io.PrintWriter;
import org.kos.cli.ExitCodes;
import org.kos.cli.IncludeDirs;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.diag.Severity;
import org.kos.psl.PslCompiler;
import org.kos.psl.PslResult;
import org.kos.psl.model.Policy;
import picocli.CommandLine;

/**
 * Checks the one top-level policy of a command's inputs, printing its diagnostics: what
 * {@code kos psl ir}, {@code compile} and {@code test} start with.
 */
record OnePolicy(Policy policy, int exitCode) {
  /**
   * The checked policy, or a null policy with the exit code after printing why ({@code afterErrors}
   * ends the error summary: "nothing written").
   *
   * @throws CommandLine.ParameterException when the inputs hold more or fewer than one top-level policy
   */
  static OnePolicy check(CommandLine cl, PslInputs sources, boolean quiet, String afterErrors) throws IOException {
    return check(cl, sources, quiet, afterErrors, null, null);
  }

  /** As above, after refusing (usage error) an output {@code option output} that is one of the input files. */
  static OnePolicy check(CommandLine cl, PslInputs sources, boolean quiet, String afterErrors, String option,
      java.nio.file.Path output) throws IOException {
    PrintWriter err = cl.getErr();
    String badDir = IncludeDirs.problem(sources.includeDirs);
    if (badDir != null) {
      err.println(badDir);
      return new OnePolicy(null, ExitCodes.IO_ERROR);
    }
    org.kos.psl.PslRequest request = sources.request(cl);
    if (output != null) {
      org.kos.cli.Outputs.refuseInput(cl, option, output, request.inputs());
    }
    PslResult result = PslCompiler.check(request);
    for (Diagnostic d : result.diagnostics()) {
      if (!quiet || d.severity() == Severity.ERROR) {
        err.print(DiagnosticPrinter.render(d));
      }
    }
    if (result.hasErrors()) {
      err.println(DiagnosticPrinter.summary(result.diagnostics()) + "; " + afterErrors);
      err.flush();
      return new OnePolicy(null, ExitCodes.INPUT_ERROR);
    }
    if (result.policies().size() != 1) {
      throw new CommandLine.ParameterException(cl, "one top-level policy is needed; the inputs hold "
          + result.policies().size() + " (files no other input includes)");
    }
    err.flush();
    return new OnePolicy(result.policies().get(0), ExitCodes.OK);
  }
}
