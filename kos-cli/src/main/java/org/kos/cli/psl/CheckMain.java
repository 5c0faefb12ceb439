package org.kos.cli.psl;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kos.cli.CheckArgs;
import org.kos.cli.CheckReport;
import org.kos.cli.ExitCodes;
import org.kos.cli.IncludeDirs;
import org.kos.nkc.sdk.SdkVersion;
import org.kos.psl.PslCompiler;
import org.kos.psl.PslRequest;
import org.kos.psl.PslResult;

/**
 * Fast entry point for {@code kos psl check}, chosen by the {@code kos} launchers (as
 * {@code org.kos.cli.nk.CheckMain} is for {@code nk check}): picocli's command model costs more
 * than checking a small policy. It reads the plain options itself ({@link CheckArgs}) and runs what
 * {@link PslCheckCommand} runs; macros ({@code -D}, {@code --properties}), {@code --sdk}, help and
 * every failure (a missing or non-policy file, a bad {@code -I}, an unreadable file, an input
 * nested too deeply) go to {@link org.kos.cli.Kos#main} unchanged, before anything is printed, so messages and
 * exit codes stay those of the full command line.
 */
public final class CheckMain {
  private CheckMain() {}

  public static void main(String[] args) {
    CheckArgs.runOrLeaveToPicocli(args, "psl", CheckMain::run);
  }

  /** The check's options, or null when picocli should read the command line. */
  static CheckArgs parse(String[] args) {
    return CheckArgs.parse(args, "psl");
  }

  /**
   * Checks as {@link PslCheckCommand#call} does, printing to {@code out} and {@code err}; returns
   * the exit code, or null, having printed nothing, when the run is picocli's to report.
   */
  static Integer run(CheckArgs p, PrintWriter out, PrintWriter err) {
    if (IncludeDirs.problem(p.includeDirs) != null) {
      return null;
    }
    PslResult result;
    List<Path> files;
    try {
      files = policiesOrNull(p.inputs);
      if (files == null) {
        return null;
      }
      result = PslCompiler.check(new PslRequest(files, p.includeDirs, Map.of(), p.syntaxOnly, SdkVersion.NEWEST));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return null; // the full command line runs again and reports it as it always has
    }
    CheckReport.print(result.diagnostics(), files.size(), p.json, p.quiet, out, err);
    return result.hasErrors() ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
  }

  /** The policy files as {@link PslInputs#request} finds them, or null where it would report a problem. */
  private static List<Path> policiesOrNull(List<Path> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path in : inputs) {
      if (Files.isDirectory(in)) {
        files.addAll(PslInputs.policiesUnder(in));
      } else if (Files.isRegularFile(in) && PslInputs.isPolicy(in.getFileName().toString())) {
        files.add(in);
      } else {
        return null;
      }
    }
    return files.isEmpty() ? null : files;
  }
}
