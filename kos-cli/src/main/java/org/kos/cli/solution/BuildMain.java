package org.kos.cli.solution;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.kos.cli.InternalErrorHandler;
import org.kos.cli.Kos;
import org.kos.nkc.sdk.SdkVersion;

/**
 * Fast entry point for {@code kos solution build}, chosen by the {@code kos} launchers (as
 * {@code CheckMain} is for {@code nk check}): it reads the usual options itself and runs the build
 * as {@link SolutionBuildCommand} does, without picocli (whose command model costs a tenth of a
 * second and cannot be archived by AppCDS), so that a rebuild with nothing changed is answered from
 * the build directory's stamp before YAML or the front end are loaded. Every option form it does
 * not read (help, {@code -oX}, {@code --output=X}, argument files, ...) goes to {@link Kos#main}
 * unchanged, so messages and exit codes stay the full command line's.
 */
public final class BuildMain {
  private BuildMain() {}

  public static void main(String[] args) {
    Parsed p = parse(args);
    if (p == null) {
      Kos.main(args);
      return;
    }
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), false);
    int exit;
    try {
      exit = SolutionBuild.run(new SolutionBuild.Options(p.dir, p.image, p.quiet, p.verbose, p.sdk, p.buildDir,
          p.clean), err);
    } catch (StackOverflowError e) {
      exit = Kos.tooDeep(err);
    } catch (RuntimeException e) {
      exit = InternalErrorHandler.report(e, err); // as picocli's handler reports it
      err.flush();
    }
    System.exit(exit);
  }

  /** The build's options, or null when picocli should read the command line. */
  static Parsed parse(String[] args) {
    if (args.length < 3 || !args[0].equals("solution") || !args[1].equals("build")) {
      return null;
    }
    Parsed p = new Parsed();
    try {
      for (int i = 2; i < args.length; i++) {
        String a = args[i];
        boolean hasValue = i + 1 < args.length && !args[i + 1].isEmpty() && !args[i + 1].startsWith("-");
        if (a.isEmpty() || a.startsWith("@")) {
          return null; // argument files are picocli's
        } else if (!a.startsWith("-") && p.dir == null) {
          p.dir = Path.of(a);
        } else if ((a.equals("-o") || a.equals("--output")) && hasValue && p.image == null) {
          p.image = Path.of(args[++i]);
        } else if (a.equals("--build-dir") && hasValue && p.buildDir == null) {
          p.buildDir = Path.of(args[++i]);
        } else if (a.equals("--sdk") && hasValue && p.sdk == null) {
          p.sdk = SdkVersion.parse(args[++i]).orElse(null);
          if (p.sdk == null) {
            return null; // picocli names the known versions
          }
        } else if ((a.equals("-q") || a.equals("--quiet")) && !p.quiet) {
          p.quiet = true;
        } else if ((a.equals("-v") || a.equals("--verbose")) && !p.verbose) {
          p.verbose = true;
        } else if (a.equals("--clean") && !p.clean) {
          p.clean = true;
        } else {
          return null; // help, version, -oX, repeated options, a second DIR, unknown options
        }
      }
    } catch (InvalidPathException e) {
      return null;
    }
    return p.dir == null ? null : p;
  }

  /** What the command line asked for. */
  static final class Parsed {
    Path dir;
    Path image;
    Path buildDir;
    SdkVersion sdk;
    boolean quiet;
    boolean verbose;
    boolean clean;
  }
}
