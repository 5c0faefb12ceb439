package org.kos.cli.nk;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kos.cli.ExitCodes;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;
import org.kos.nkc.ast.UnitKind;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.diag.Severity;
import org.kos.nkc.javagen.SdkInputs;
import org.kos.nkc.model.Model;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * The inputs every {@code kos nk} subcommand takes, as a picocli mixin: the {@code -I} search path
 * and the FILE|DIR arguments, turned into source files (directories searched recursively for
 * {@code *.idl}, {@code *.cdl} and {@code *.edl}, in sorted order so runs are deterministic).
 */
final class NkInputs {
  @Option(names = "-I", paramLabel = "DIR",
      description = "Add DIR to the search path: package a.b.C is the file a/b/C.idl below DIR. Repeatable; "
          + "searched in order, "
          + "then the bundled SDK. Without -I each file's root is inferred from its package name.")
  List<Path> includeDirs = new ArrayList<>();

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
      description = "IDL, CDL and EDL files, or directories to search for them.")
  List<Path> inputs = new ArrayList<>();

  @CommandLine.Mixin org.kos.cli.SdkOption sdk;

  List<Path> includeDirs() {
    return includeDirs;
  }

  /** The SDK generation whose rules apply (--sdk, default the newest). */
  org.kos.nkc.sdk.SdkVersion sdk() {
    return sdk.version();
  }

  /** An I/O error (exit 3) message for a -I argument that is not a directory, or null. */
  String badIncludeDir() {
    return org.kos.cli.IncludeDirs.problem(includeDirs);
  }

  /**
   * @throws CommandLine.ParameterException for a file that is not IDL/CDL/EDL or when nothing is found
   * @throws NoSuchFileException for an argument that does not exist
   */
  List<Path> files(CommandLine cl) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        files.addAll(sourcesUnder(p));
      } else if (!Files.exists(p)) {
        throw new NoSuchFileException(p.toString());
      } else if (!Files.isRegularFile(p)) {
        // A FIFO or device named x.idl would block the read forever.
        throw new CommandLine.ParameterException(cl, p + ": not a regular file");
      } else if (UnitKind.ofFileName(p.getFileName().toString()) == null) {
        throw new CommandLine.ParameterException(cl,
            p + ": not an IDL, CDL or EDL file (expected .idl, .cdl or .edl)");
      } else {
        files.add(p);
      }
    }
    if (files.isEmpty()) {
      throw new CommandLine.ParameterException(cl, "no .idl, .cdl or .edl files in "
          + inputs.stream().map(Path::toString).collect(Collectors.joining(", ")));
    }
    return files;
  }

  /**
   * The files {@link #files} finds, or null where it would fail (an input missing, not a regular
   * IDL/CDL/EDL file, or nothing found): the fast entry point then leaves the run to picocli,
   * which says why. Checks in the same order as {@link #files}.
   */
  static List<Path> filesOrNull(List<Path> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        files.addAll(sourcesUnder(p));
      } else if (!Files.isRegularFile(p) || UnitKind.ofFileName(p.getFileName().toString()) == null) {
        return null;
      } else {
        files.add(p);
      }
    }
    return files.isEmpty() ? null : files;
  }

  /** A compiled model, or the exit code a command returns after the failure was printed. */
  record Compiled(Model model, int exit) {
    boolean failed() {
      return model == null;
    }
  }

  /**
   * Checks the search path, finds the files and compiles them, printing diagnostics as
   * {@link #report} does; on failure {@code consequence} ends the summary (e.g. "no IR written").
   */
  Compiled compile(CommandLine cl, boolean quiet, String consequence) throws IOException {
    return compile(cl, quiet, consequence, Map.of());
  }

  /**
   * As {@link #compile(CommandLine, boolean, String)}, after refusing (usage error) an output that
   * is one of the input files: {@code outputs} maps each output option ("-o") to its path (or null).
   */
  Compiled compile(CommandLine cl, boolean quiet, String consequence, Map<String, Path> outputs) throws IOException {
    return compile(cl, quiet, consequence, outputs, false);
  }

  /**
   * As {@link #compile(CommandLine, boolean, String, Map)}; with {@code sdkInputs}, the bundled SDK
   * files the inputs use (kl.Env, kl.Vfs, ...; not kl.core) become inputs too, for their stubs.
   */
  Compiled compile(CommandLine cl, boolean quiet, String consequence, Map<String, Path> outputs, boolean sdkInputs)
      throws IOException {
    PrintWriter err = cl.getErr();
    String badDir = badIncludeDir();
    if (badDir != null) {
      err.println(badDir);
      return new Compiled(null, ExitCodes.IO_ERROR);
    }
    List<Path> files = files(cl);
    for (Map.Entry<String, Path> o : outputs.entrySet()) {
      org.kos.cli.Outputs.refuseInput(cl, o.getKey(), o.getValue(), files);
    }
    CompileRequest request = CompileRequest.of(files, includeDirs).withSdk(sdk.version());
    CompileResult result = NkCompiler.compile(request);
    if (sdkInputs) {
      result = SdkInputs.withSdkInputs(request, result);
    }
    report(result, err, quiet, consequence);
    return result.hasErrors()
        ? new Compiled(null, ExitCodes.INPUT_ERROR)
        : new Compiled(result.model().orElseThrow(), ExitCodes.OK);
  }

  /**
   * Prints the diagnostics of a compilation to {@code err} (errors only when {@code quiet}) and,
   * when there are errors, a summary ending with {@code consequence} (e.g. "no IR written").
   */
  static void report(CompileResult result, PrintWriter err, boolean quiet, String consequence) {
    for (Diagnostic d : result.diagnostics()) {
      if (!quiet || d.severity() == Severity.ERROR) {
        err.print(DiagnosticPrinter.render(d));
      }
    }
    if (result.hasErrors()) {
      err.println(DiagnosticPrinter.summary(result.diagnostics()) + "; " + consequence);
    }
    err.flush();
  }

  private static List<Path> sourcesUnder(Path dir) throws IOException {
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
