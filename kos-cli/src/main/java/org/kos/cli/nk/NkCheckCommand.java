package org.kos.cli.nk;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.kos.cli.ExitCodes;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;
import org.kos.nkc.ast.UnitKind;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.diag.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kos nk check}: parse, resolve and check IDL/CDL/EDL files; print every diagnostic. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check IDL, CDL and EDL files: syntax, imports, names, constants, types and the vendor's rules.",
      "Directories are searched recursively for *.idl, *.cdl and *.edl files.",
      "Every problem is reported (file:line:col: error[ID]: message); see docs/errors/<ID>.md."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   no errors (warnings may have been printed)",
      "  1   errors in the input",
      "  2   usage error",
      "  3   a file could not be read"
    })
public final class NkCheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "-I", paramLabel = "DIR",
      description = "Add DIR to the search path (package a.b.C is DIR/a/b/C.idl). Repeatable; searched in order, "
          + "then the bundled SDK. Without -I each file's root is inferred from its package name.")
  List<Path> includeDirs = new ArrayList<>();

  @Option(names = "--json", description = "Print diagnostics as JSON on standard output.")
  boolean json;

  @Option(names = "--syntax-only", description = "Stop after parsing (no imports are read).")
  boolean syntaxOnly;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only: no warnings, no summary.")
  boolean quiet;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Files or directories to check.")
  List<Path> inputs = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path dir : includeDirs) {
      if (!Files.isDirectory(dir)) {
        err.println("kos: error: -I " + dir + ": not a directory");
        return ExitCodes.IO_ERROR;
      }
    }
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        files.addAll(sourcesUnder(p));
      } else if (!Files.exists(p)) {
        throw new NoSuchFileException(p.toString());
      } else if (UnitKind.ofFileName(p.getFileName().toString()) == null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            p + ": not an IDL, CDL or EDL file (expected .idl, .cdl or .edl)");
      } else {
        files.add(p);
      }
    }
    if (files.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no .idl, .cdl or .edl files in " + inputs);
    }
    CompileResult result = NkCompiler.compile(CompileRequest.of(files, includeDirs).withSyntaxOnly(syntaxOnly));
    List<Diagnostic> shown = quiet
        ? result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList()
        : result.diagnostics();
    if (json) {
      out.print(DiagnosticPrinter.toJson(shown));
    } else {
      for (Diagnostic d : shown) {
        err.print(DiagnosticPrinter.render(d));
      }
      if (!quiet) {
        String summary = DiagnosticPrinter.summary(shown);
        err.println(files.size() + (files.size() == 1 ? " file" : " files") + " checked"
            + (summary.isEmpty() ? ", no problems" : ": " + summary));
      }
    }
    out.flush();
    err.flush();
    return result.hasErrors() ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
  }

  /** Source files under a directory, sorted by path so runs are deterministic. */
  static List<Path> sourcesUnder(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> UnitKind.ofFileName(p.getFileName().toString()) != null)
          .sorted()
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
