package org.kos.cli.romfs;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.kos.cli.InternalErrorHandler;
import org.kos.cli.Kos;

/**
 * Fast entry point for {@code kos romfs build}, chosen by the {@code ./kos} launcher. Building
 * picocli's command line costs more than building a small image (its classes are Java 5 class
 * files, which class-data sharing cannot archive); this reads the build options itself into the
 * same {@link BuildArguments} and runs the same {@link BuildRun} as {@link BuildCommand}. Anything
 * it does not take plainly (help, unknown or clustered options, a missing or repeated option, an
 * option value that starts with '-', an invalid option value) goes to {@link Kos#main} unchanged,
 * so every usage message and exit code is picocli's.
 */
public final class BuildMain {
  private BuildMain() {}

  /** What {@link #run} returns when it leaves the command line to picocli. */
  static final int NOT_HANDLED = -1;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), false);
    int exit = run(args, System.getenv("SOURCE_DATE_EPOCH"), out, err);
    if (exit == NOT_HANDLED) {
      Kos.main(args);
      return;
    }
    System.exit(exit);
  }

  /**
   * Runs the build the command line asks for, printing to {@code out} and {@code err} (flushed).
   *
   * @return the exit code, or {@link #NOT_HANDLED} (nothing was done or printed) when the command
   *     line is not a plain build or an option is invalid: picocli then parses and reports it
   */
  static int run(String[] args, String sourceDateEpoch, PrintWriter out, PrintWriter err) {
    BuildArguments a = args.length >= 2 && args[0].equals("romfs") && args[1].equals("build") ? parse(args) : null;
    if (a == null) {
      return NOT_HANDLED;
    }
    BuildRun build;
    try {
      build = BuildRun.prepare(a, sourceDateEpoch);
    } catch (UsageException e) {
      return NOT_HANDLED; // picocli prints it, with the usual hint
    }
    int exit;
    try {
      exit = build.run(out, err);
    } catch (Exception e) {
      exit = InternalErrorHandler.report(e, err);
    }
    out.flush();
    err.flush();
    return exit;
  }

  /** The build options, or null when picocli should handle the command line. */
  static BuildArguments parse(String[] args) {
    BuildArguments a = new BuildArguments();
    a.source = new BuildArguments.Source();
    boolean formatSeen = false;
    boolean orderSeen = false;
    boolean compressSeen = false;
    try {
      for (int i = 2; i < args.length; i++) {
        String arg = args[i];
        String name = arg;
        String value = null;
        int eq = arg.indexOf('=');
        if (arg.startsWith("--") && eq > 2) {
          name = arg.substring(0, eq);
          value = arg.substring(eq + 1);
        }
        switch (name) {
          case "-q": case "--quiet":
            if (value != null || a.quiet) {
              return null;
            }
            a.quiet = true;
            continue;
          case "--json":
            if (value != null || a.json) {
              return null;
            }
            a.json = true;
            continue;
          default:
            break;
        }
        if (value == null) {
          if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
            return null;
          }
          value = args[++i];
        }
        switch (name) {
          case "-d": case "--dir":
            if (a.source.dir != null) {
              return null;
            }
            a.source.dir = Path.of(value);
            break;
          case "-m": case "--manifest":
            if (a.source.manifest != null) {
              return null;
            }
            a.source.manifest = Path.of(value);
            break;
          case "-o": case "--output":
            if (a.output != null) {
              return null;
            }
            a.output = Path.of(value);
            break;
          case "-f": case "--format":
            if (formatSeen) {
              return null;
            }
            formatSeen = true;
            a.format = value;
            break;
          case "-z": case "--compress":
            if (compressSeen) {
              return null;
            }
            compressSeen = true;
            a.compress = value;
            break;
          case "-V": case "--volume":
            if (a.volume != null) {
              return null;
            }
            a.volume = value;
            break;
          case "-a": case "--align":
            if (a.align != null) {
              return null;
            }
            a.align = value;
            break;
          case "-A": case "--align-pattern":
            a.alignPatterns.add(value);
            break;
          case "-x": case "--exclude":
            a.excludes.add(value);
            break;
          case "--order":
            if (orderSeen) {
              return null;
            }
            orderSeen = true;
            a.order = value;
            break;
          case "--init":
            if (a.init != null) {
              return null;
            }
            a.init = Path.of(value);
            break;
          default:
            return null; // help, positional arguments, unknown or clustered options: picocli explains
        }
      }
    } catch (InvalidPathException e) {
      return null;
    }
    boolean oneSource = (a.source.dir == null) != (a.source.manifest == null);
    return oneSource && a.output != null ? a : null;
  }
}
