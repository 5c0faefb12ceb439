package org.kos.cli.nk;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.kos.cli.CheckArgs;
import org.kos.cli.CheckReport;
import org.kos.cli.ExitCodes;
import org.kos.cli.IncludeDirs;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;

/**
 * Fast entry point for {@code kos nk check}, chosen by the {@code ./kos} launcher (as
 * {@code DecodeMain} is for {@code rc decode}): building picocli's command model costs more than
 * checking a few files, and picocli's classes cannot be put in a class-data archive. This reads
 * the check's options itself and runs what {@link NkCheckCommand} runs. Whatever it does not
 * handle goes to {@link org.kos.cli.Kos#main} unchanged, before anything is printed: help, unknown or
 * unusual option forms, and every failure (a missing file, a bad {@code -I}, an unreadable file,
 * an input nested too deeply), so messages and exit codes stay those of the full command line.
 */
public final class CheckMain {
  private CheckMain() {}

  public static void main(String[] args) {
    CheckArgs.runOrLeaveToPicocli(args, "nk", CheckMain::run);
  }

  /** The check's options, or null when picocli should read the command line. */
  static CheckArgs parse(String[] args) {
    return CheckArgs.parse(args, "nk");
  }

  /**
   * Checks as {@link NkCheckCommand#call} does, printing to {@code out} and {@code err}; returns
   * the exit code, or null, having printed nothing, when the run is picocli's to report.
   */
  static Integer run(CheckArgs p, PrintWriter out, PrintWriter err) {
    if (IncludeDirs.problem(p.includeDirs) != null) {
      return null;
    }
    List<Path> files;
    CompileResult result;
    try {
      files = NkInputs.filesOrNull(p.inputs);
      if (files == null) {
        return null;
      }
      result = NkCompiler.compile(CompileRequest.of(files, p.includeDirs).withSyntaxOnly(p.syntaxOnly));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return null; // the full command line runs again and reports it as it always has
    }
    CheckReport.print(result.diagnostics(), files.size(), p.json, p.quiet, out, err);
    return result.hasErrors() ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
  }
}
