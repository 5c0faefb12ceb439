package org.kos.cli.einit;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.kos.cli.ExitCodes;
import org.kos.einit.Einit;
import org.kos.einit.EinitResult;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.diag.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kos einit check}: read an init.yaml, check it against the interfaces, print every diagnostic. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check an init.yaml (or init.yaml.in) against the interfaces.",
      "Reads its YAML and keys, then the classes' EDL files: every class exists, every",
      "connection target is a task, task names and each client's connection ids are",
      "unique. See docs/einit.md and docs/errors/EI*.md."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   no errors (warnings may have been printed)",
      "  1   errors in the input",
      "  2   usage error",
      "  3   a file could not be read"
    })
public final class EinitCheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin EinitInputs inputs;

  @Option(names = "--json", description = "Print diagnostics as JSON on standard output.")
  boolean json;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only: no warnings, no summary.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String badDir = inputs.badIncludeDir();
    if (badDir != null) {
      err.println(badDir);
      return ExitCodes.IO_ERROR;
    }
    EinitResult result = Einit.check(inputs.request());
    if (json) {
      List<Diagnostic> shown = quiet
          ? result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList()
          : result.diagnostics();
      out.print(DiagnosticPrinter.toJson(shown));
    } else {
      List<Diagnostic> shown = EinitInputs.print(result.diagnostics(), quiet, err);
      if (!quiet) {
        String summary = DiagnosticPrinter.summary(shown);
        int tasks = result.manifest().map(m -> m.tasks().size()).orElse(0);
        err.println(inputs.initYaml + ": " + (summary.isEmpty()
            ? tasks + (tasks == 1 ? " task" : " tasks") + ", no problems" : summary));
      }
    }
    out.flush();
    err.flush();
    return result.hasErrors() ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
  }
}
