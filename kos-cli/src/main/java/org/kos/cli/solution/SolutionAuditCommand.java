package org.kos.cli.solution;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kos.audit.AuditReport;
import org.kos.audit.PolicyAudit;
import org.kos.audit.findings.Severity;
import org.kos.audit.report.DotReport;
import org.kos.audit.report.HtmlReport;
import org.kos.audit.report.JsonReport;
import org.kos.audit.report.TextReport;
import org.kos.cli.ExitCodes;
import org.kos.cli.IncludeDirs;
import org.kos.einit.solution.SolutionException;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kos solution audit}: who may do what in a solution, and what of it a reviewer should look at. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Report who may do what in a solution, and what of it a reviewer should look at.",
      "For each class: the requests, responses, process starts and security methods its policy",
      "allows (always, or under conditions, with the rules that decide), the kernel methods among",
      "them with the seed's danger notes, then findings (PA0001..., docs/errors/<ID>.md) from high",
      "to low. Reads DIR/solution.yaml, or an init.yaml and a policy with -I roots. --dot and --html",
      "also write a Graphviz graph and a single-file HTML page of the report. See docs/audit.md."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   report printed; no finding at or above --fail-on",
      "  1   errors in the inputs (printed as kos psl check prints them); no report",
      "  2   usage error",
      "  3   a file could not be read, or a --dot/--html file written",
      "  4   report printed; findings at or above --fail-on"
    })
public final class SolutionAuditCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "0..1", description = "The solution directory (with solution.yaml).")
  Path dir;

  @Option(names = "--init", paramLabel = "FILE", description = "An init.yaml to audit instead of a solution (with --policy).")
  Path init;

  @Option(names = "--policy", paramLabel = "FILE", description = "The security policy (security.psl) that goes with --init.")
  Path policy;

  @Option(names = "-I", paramLabel = "DIR",
      description = "With --init/--policy: add DIR to the search path for EDL/CDL/IDL files and PSL fragments. Repeatable.")
  List<Path> includeDirs = new ArrayList<>();

  @CommandLine.Mixin org.kos.cli.SdkOption sdk;

  @Option(names = "--json", description = "Print the report as JSON on standard output (format: docs/audit.md).")
  boolean json;

  @Option(names = "--dot", paramLabel = "FILE",
      description = "Also write the report as a Graphviz graph to FILE (classes, granted endpoints; red: dangerous).")
  Path dotFile;

  @Option(names = "--html", paramLabel = "FILE",
      description = "Also write the report as one HTML page to FILE (matrices, collapsible classes; opens offline).")
  Path htmlFile;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "never",
      description = "Exit with 4 when there are findings of LEVEL or above: high, medium, low or never (default).")
  String failOn;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Severity level;
    switch (failOn.toLowerCase(Locale.ROOT)) {
      case "never" -> level = null;
      case "high", "medium", "low" -> level = Severity.valueOf(failOn.toUpperCase(Locale.ROOT));
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "--fail-on " + failOn + ": expected high, medium, low or never");
    }
    boolean files = init != null || policy != null;
    if (files == (dir != null) || files && (init == null || policy == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give a solution directory, or --init FILE and --policy FILE (not both)");
    }
    if (!files && !includeDirs.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "-I goes with --init/--policy: a solution's search path is its solution.yaml's 'nk:'");
    }
    String badDir = IncludeDirs.problem(includeDirs);
    if (badDir != null) {
      err.println(badDir);
      return ExitCodes.IO_ERROR;
    }
    try {
      PolicyAudit.Result result;
      if (files) {
        for (Path p : List.of(init, policy)) {
          if (!Files.isRegularFile(p)) {
            err.println("kos solution audit: " + p + ": no such file");
            return ExitCodes.IO_ERROR;
          }
        }
        result = PolicyAudit.files(init, policy, includeDirs, sdk.version());
      } else {
        if (!Files.isDirectory(dir)) {
          err.println("kos solution audit: " + dir + ": not a directory");
          return ExitCodes.IO_ERROR;
        }
        result = PolicyAudit.solution(dir, sdk.given());
      }
      for (Diagnostic d : result.diagnostics()) {
        err.print(DiagnosticPrinter.render(d));
      }
      if (result.report().isEmpty()) {
        err.println("kos solution audit: errors in the inputs; no report");
        return ExitCodes.INPUT_ERROR;
      }
      AuditReport report = result.report().get();
      if (dotFile != null && !write(dotFile, DotReport.render(report), err)) {
        return ExitCodes.IO_ERROR;
      }
      if (htmlFile != null && !write(htmlFile, HtmlReport.render(report), err)) {
        return ExitCodes.IO_ERROR;
      }
      if (json) {
        out.print(JsonReport.render(report));
      } else {
        TextReport.print(report, out);
      }
      return level != null && !report.findingsAtLeast(level).isEmpty() ? ExitCodes.FINDINGS : ExitCodes.OK;
    } catch (SolutionException e) {
      err.println("kos solution audit: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    } catch (IOException e) {
      err.println("kos solution audit: " + e.getMessage());
      return ExitCodes.IO_ERROR;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static boolean write(Path file, String text, PrintWriter err) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      err.println("kos solution audit: cannot write " + file + ": " + (e instanceof java.nio.file.NoSuchFileException
          ? "no such directory" : e.getMessage()));
      return false;
    }
  }
}
