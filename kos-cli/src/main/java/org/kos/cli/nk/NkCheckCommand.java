package org.kos.cli.nk;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kos.cli.CheckReport;
import org.kos.cli.ExitCodes;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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

  @CommandLine.Mixin NkInputs sources;

  @Option(names = "--json", description = "Print diagnostics as JSON on standard output.")
  boolean json;

  @Option(names = "--syntax-only", description = "Stop after parsing (no imports are read).")
  boolean syntaxOnly;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only: no warnings, no summary.")
  boolean quiet;


  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String badDir = sources.badIncludeDir();
    if (badDir != null) {
      err.println(badDir);
      return ExitCodes.IO_ERROR;
    }
    List<Path> files = sources.files(spec.commandLine());
    CompileResult result = NkCompiler.compile(CompileRequest.of(files, sources.includeDirs()).withSyntaxOnly(syntaxOnly).withSdk(sources.sdk()));
    CheckReport.print(result.diagnostics(), files.size(), json, quiet, out, err);
    return result.hasErrors() ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
  }
}
