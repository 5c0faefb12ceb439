package org.kos.cli.solution;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kos.cli.ExitCodes;
import org.kos.einit.cache.BuildCache;
import org.kos.einit.solution.SolutionBuilder;
import org.kos.einit.solution.SolutionException;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.diag.Severity;
import org.kos.nkc.sdk.SdkVersion;

/**
 * What {@code kos solution build} does once its options are read, by picocli
 * ({@link SolutionBuildCommand}) or by the fast entry point ({@link BuildMain}): the up-to-date
 * check, the build, and what it prints. One place, so both say the same.
 */
final class SolutionBuild {
  /** The command's options; null {@code image}, {@code buildDir}, {@code sdk} mean "not given". */
  record Options(Path dir, Path image, boolean quiet, boolean verbose, SdkVersion sdk, Path buildDir, boolean clean) {}

  private SolutionBuild() {}

  /** The image a build writes when {@code -o} is not given: DIR's name with .img, in the current directory. */
  static Path defaultImage(Path dir) {
    return Path.of(dir.toAbsolutePath().normalize().getFileName() + ".img");
  }

  /** Builds as the options ask, printing to {@code err}; the exit code. */
  static int run(Options o, PrintWriter err) {
    try {
      if (!Files.isDirectory(o.dir())) {
        err.println("kos solution build: " + o.dir() + ": not a directory");
        return ExitCodes.IO_ERROR;
      }
      Path target = o.image() != null ? o.image() : defaultImage(o.dir());
      Path buildDir = o.buildDir() != null ? o.buildDir() : o.dir().resolve("target");
      if (!o.clean() && UpToDate.report(o.dir(), target, o.sdk(), buildDir, o.quiet(), o.verbose(), err)) {
        return ExitCodes.OK;
      }
      return build(o, target, buildDir, err);
    } finally {
      err.flush();
    }
  }

  private static int build(Options o, Path target, Path buildDir, PrintWriter err) {
    try {
      BuildCache cache = cache(o, buildDir, err);
      SolutionBuilder.Outcome outcome = new SolutionBuilder().cache(cache).build(o.dir(), target, o.sdk());
      print(outcome.diagnostics(), o.quiet(), err);
      if (o.verbose()) {
        for (Map.Entry<String, Long> s : outcome.stageNanos().entrySet()) {
          err.println("kos solution build: " + s.getKey() + " " + s.getValue() / 1_000_000 + " ms");
        }
        SolutionBuilder.Incremental inc = outcome.incremental();
        inc.notes().forEach(n -> err.println("kos solution build: " + n));
        err.println("kos solution build: compiled " + (inc.compiled().isEmpty() ? "nothing" : String.join(", ", inc.compiled()))
            + "; image " + (inc.imageWritten() ? "written" : "unchanged"));
      }
      if (!o.quiet()) {
        err.println("kos solution build: wrote " + target);
      }
      return ExitCodes.OK;
    } catch (SolutionBuilder.OutputIsInput e) {
      err.println("kos: -o " + e.getMessage());
      err.println("Try 'kos solution build --help' for more information.");
      return ExitCodes.USAGE;
    } catch (SolutionException e) {
      print(SolutionBuilder.diagnosticsOf(e), o.quiet(), err);
      err.println("kos solution build: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    } catch (IOException e) {
      err.println("kos solution build: " + e.getMessage());
      return ExitCodes.IO_ERROR;
    }
  }

  /**
   * The build directory; when the default one cannot be made (a read-only solution directory) the
   * build goes on without one, as a clean build.
   */
  private static BuildCache cache(Options o, Path buildDir, PrintWriter err) throws IOException {
    try {
      return BuildCache.open(buildDir, o.clean(), SolutionBuilder.toolVersion());
    } catch (IOException e) {
      if (o.buildDir() != null) {
        throw e; // one the user named: its problem is theirs to see (exit 3)
      }
      if (o.verbose()) {
        err.println("kos solution build: no build directory (" + e.getMessage() + "); a full build");
      }
      return BuildCache.none();
    }
  }

  private static void print(List<Diagnostic> diagnostics, boolean quiet, PrintWriter err) {
    for (Diagnostic d : diagnostics) {
      if (!quiet || d.severity() == Severity.ERROR) {
        err.print(DiagnosticPrinter.render(d));
      }
    }
  }
}
