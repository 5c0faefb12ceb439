package org.kos.cli.psl;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.kos.cli.CheckReport;
import org.kos.cli.ExitCodes;
import org.kos.cli.IncludeDirs;
import org.kos.psl.PslCompiler;
import org.kos.psl.PslRequest;
import org.kos.psl.PslResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kos psl check}: parse, resolve and check security policies; print every diagnostic. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check PSL security policies of every SDK generation: syntax, fragments, classes, selectors, message "
          + "fields, model calls, objects, audit and tests, against the solution's EDL, CDL and IDL files.",
      "Directories are searched recursively for *.psl and *.psl.in files.",
      "Every problem is reported (file:line:col: error[ID]: message); see docs/errors/<ID>.md."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   no errors (warnings may have been printed)",
      "  1   errors in the input",
      "  2   usage error",
      "  3   a file could not be read"
    })
public final class PslCheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin PslInputs sources;

  @Option(names = "--json", description = "Print diagnostics as JSON on standard output.")
  boolean json;

  @Option(names = "--syntax-only", description = "Stop after parsing (no fragments or EDL files are read).")
  boolean syntaxOnly;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only: no warnings, no summary.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String badDir = IncludeDirs.problem(sources.includeDirs);
    if (badDir != null) {
      err.println(badDir);
      return ExitCodes.IO_ERROR;
    }
    PslRequest request = sources.request(spec.commandLine()).withSyntaxOnly(syntaxOnly);
    PslResult result = PslCompiler.check(request);
    CheckReport.print(result.diagnostics(), request.inputs().size(), json, quiet, out, err);
    return result.hasErrors() ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
  }
}
