package org.kos.cli.nk;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kos.cli.CheckReport;
import org.kos.cli.ExitCodes;
import org.kos.cli.IncludeDirs;
import org.kos.cli.Kos;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;

/**
 * Fast entry point for {@code kos nk check}, chosen by the {@code ./kos} launcher (as
 * {@code DecodeMain} is for {@code rc decode}): building picocli's command model costs more than
 * checking a few files, and picocli's classes cannot be put in a class-data archive. This reads
 * the check's options itself and runs what {@link NkCheckCommand} runs. Whatever it does not
 * handle goes to {@link Kos#main} unchanged, before anything is printed: help, unknown or
 * unusual option forms, and every failure (a missing file, a bad {@code -I}, an unreadable file,
 * an input nested too deeply), so messages and exit codes stay those of the full command line.
 */
public final class CheckMain {
  private CheckMain() {}

  public static void main(String[] args) {
    Parsed p = parse(args);
    if (p != null) {
      PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), false);
      PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), false);
      Integer exit = run(p, out, err);
      if (exit != null) {
        System.exit(exit);
      }
    }
    Kos.main(args);
  }

  /** The check's options, or null when picocli should read the command line. */
  static Parsed parse(String[] args) {
    if (args.length < 3 || !args[0].equals("nk") || !args[1].equals("check")) {
      return null;
    }
    Parsed p = new Parsed();
    boolean positionalOnly = false;
    try {
      for (int i = 2; i < args.length; i++) {
        String a = args[i];
        if (a.isEmpty() || a.startsWith("@")) {
          return null; // argument files are picocli's
        } else if (positionalOnly || !a.startsWith("-")) {
          p.inputs.add(Path.of(a));
        } else if (a.equals("--")) {
          positionalOnly = true;
        } else if (a.equals("-I") && i + 1 < args.length && !args[i + 1].startsWith("-") && !args[i + 1].isEmpty()) {
          p.includeDirs.add(Path.of(args[++i]));
        } else if (a.equals("--json") && !p.json) {
          p.json = true;
        } else if (a.equals("--syntax-only") && !p.syntaxOnly) {
          p.syntaxOnly = true;
        } else if ((a.equals("-q") || a.equals("--quiet")) && !p.quiet) {
          p.quiet = true;
        } else {
          return null; // help, version, -IDIR, repeated flags, unknown options
        }
      }
    } catch (InvalidPathException e) {
      return null;
    }
    return p.inputs.isEmpty() ? null : p;
  }

  /**
   * Checks as {@link NkCheckCommand#call} does, printing to {@code out} and {@code err}; returns
   * the exit code, or null, having printed nothing, when the run is picocli's to report.
   */
  static Integer run(Parsed p, PrintWriter out, PrintWriter err) {
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

  /** What the command line asked for. */
  static final class Parsed {
    final List<Path> includeDirs = new ArrayList<>();
    final List<Path> inputs = new ArrayList<>();
    boolean json;
    boolean syntaxOnly;
    boolean quiet;
  }
}
