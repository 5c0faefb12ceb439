package org.kos.cli.scaffold;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kos.cli.ExitCodes;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kos new solution NAME [--template T] [-o DIR]}. */
@Command(
    name = "solution",
    mixinStandardHelpOptions = true,
    description = {
      "Create a solution directory that builds and runs as it is.",
      "  kos new solution demo && kos solution build demo && kos run demo.img",
      "NAME is also the solution's NK and Java package. Existing files are never",
      "overwritten. See docs/new.md."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   the solution was written",
      "  1   a file it would write exists (nothing written)",
      "  2   usage error: a bad NAME or an unknown template",
      "  3   a file could not be written"
    })
public final class NewSolutionCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The solution's name: a lowercase letter, then lowercase letters and digits.")
  String name;

  @Option(names = {"-t", "--template"}, paramLabel = "TEMPLATE", defaultValue = "echo",
      completionCandidates = TemplateNames.class,
      description = "What to start from: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String template;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "The directory to create (default: ./NAME).")
  Path output;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing when it worked.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return create(err);
    } finally {
      err.flush();
      spec.commandLine().getOut().flush();
    }
  }

  private int create(PrintWriter err) {
    Optional<Diagnostic> bad = Names.check("solution", name);
    if (bad.isPresent()) {
      err.print(DiagnosticPrinter.render(bad.get()));
      return ExitCodes.USAGE;
    }
    Map<String, String> templates = ScaffoldTemplates.solutionTemplates();
    if (!templates.containsKey(template)) {
      err.println("kos: --template: unknown template '" + template + "' (" + String.join(", ", templates.keySet()) + ")");
      err.println("Try 'kos new solution --help' for more information.");
      return ExitCodes.USAGE;
    }
    Path dir = output != null ? output : Path.of(name);
    Map<String, String> files = ScaffoldTemplates.render(template, Map.of("pkg", name));
    if (!NewFiles.reportExisting(dir, files.keySet(), "remove it, or choose another -o", err)) {
      err.println("kos new solution: nothing written");
      return ExitCodes.INPUT_ERROR;
    }
    try {
      NewFiles.write(dir, files);
    } catch (IOException e) {
      err.println("kos new solution: " + e.getMessage());
      return ExitCodes.IO_ERROR;
    }
    if (!quiet) {
      PrintWriter out = spec.commandLine().getOut();
      out.println("kos new solution: wrote " + files.size() + " files into " + dir + " (template " + template + ")");
      out.println("Build and run it: kos solution build " + dir + " -o " + name + ".img && kos run " + name + ".img");
    }
    return ExitCodes.OK;
  }
}
