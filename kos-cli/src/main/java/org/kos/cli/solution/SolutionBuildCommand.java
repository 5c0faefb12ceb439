package org.kos.cli.solution;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kos.cli.ExitCodes;
import org.kos.einit.cache.BuildCache;
import org.kos.einit.solution.SolutionBuilder;
import org.kos.einit.solution.SolutionException;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.diag.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kos solution build DIR [-o IMAGE]}. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Build a solution directory into a kos image.",
      "Reads DIR/solution.yaml, checks init.yaml against the NK files, generates their",
      "Java stubs, compiles every program with them (or takes its jar), generates and",
      "compiles Einit, and writes einit, the programs and the extra files as a kos image,",
      "atomically. See docs/solutions.md. --sdk wins over solution.yaml's 'sdk:'."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   image written (warnings may have been printed)",
      "  1   errors in the solution; no image written",
      "  2   usage error",
      "  3   a file could not be read or written"
    })
public final class SolutionBuildCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The solution directory (with solution.yaml).")
  Path dir;

  @Option(names = {"-o", "--output"}, paramLabel = "IMAGE",
      description = "The image to write (default: DIR's name with .img, in the current directory).")
  Path image;

  @Option(names = {"-q", "--quiet"}, description = "Errors only: no warnings, no summary.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Say how long each stage took and what was compiled.")
  boolean verbose;

  @CommandLine.Mixin org.kos.cli.SdkOption sdk;

  @Option(names = "--build-dir", paramLabel = "DIR",
      description = "Where compiled stubs, classes and jars are kept between builds (default: DIR/target).")
  Path buildDir;

  @Option(names = "--clean", description = "Forget what the build directory holds: a full build.")
  boolean clean;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir)) {
      err.println("kos solution build: " + dir + ": not a directory");
      return ExitCodes.IO_ERROR;
    }
    Path target = image != null ? image : Path.of(dir.toAbsolutePath().normalize().getFileName() + ".img");
    try {
      BuildCache cache = cache(err);
      SolutionBuilder.Outcome outcome = new SolutionBuilder().cache(cache).build(dir, target, sdk.given());
      print(outcome.diagnostics(), err);
      if (verbose) {
        for (Map.Entry<String, Long> s : outcome.stageNanos().entrySet()) {
          err.println("kos solution build: " + s.getKey() + " " + s.getValue() / 1_000_000 + " ms");
        }
        SolutionBuilder.Incremental inc = outcome.incremental();
        inc.notes().forEach(n -> err.println("kos solution build: " + n));
        err.println("kos solution build: compiled " + (inc.compiled().isEmpty() ? "nothing" : String.join(", ", inc.compiled()))
            + "; image " + (inc.imageWritten() ? "written" : "unchanged"));
      }
      if (!quiet) {
        err.println("kos solution build: wrote " + target);
      }
      return ExitCodes.OK;
    } catch (SolutionBuilder.OutputIsInput e) {
      err.println("kos: -o " + e.getMessage());
      err.println("Try 'kos solution build --help' for more information.");
      return ExitCodes.USAGE;
    } catch (SolutionException e) {
      print(SolutionBuilder.diagnosticsOf(e), err);
      err.println("kos solution build: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    } catch (IOException e) {
      err.println("kos solution build: " + e.getMessage());
      return ExitCodes.IO_ERROR;
    } finally {
      err.flush();
    }
  }

  /**
   * The build directory; when the default one cannot be made (a read-only solution directory) the
   * build goes on without one, as a clean build.
   */
  private BuildCache cache(PrintWriter err) throws IOException {
    if (buildDir != null) {
      return BuildCache.open(buildDir, clean, SolutionBuilder.toolVersion());
    }
    try {
      return BuildCache.open(dir.resolve("target"), clean, SolutionBuilder.toolVersion());
    } catch (IOException e) {
      if (verbose) {
        err.println("kos solution build: no build directory (" + e.getMessage() + "); a full build");
      }
      return BuildCache.none();
    }
  }

  private void print(List<Diagnostic> diagnostics, PrintWriter err) {
    for (Diagnostic d : diagnostics) {
      if (!quiet || d.severity() == Severity.ERROR) {
        err.print(DiagnosticPrinter.render(d));
      }
    }
  }
}
