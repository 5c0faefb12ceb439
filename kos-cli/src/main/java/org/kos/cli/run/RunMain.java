package org.kos.cli.run;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import org.kos.cli.InternalErrorHandler;
import org.kos.cli.Kos;

/**
 * Fast entry point for {@code kos run IMAGE}, chosen by the {@code ./kos} launcher: building
 * picocli's model of the command (options, the duration converter, help texts) is a good part of
 * the time before the first program line, and picocli's classes cannot be put in a class-data
 * archive. This reads {@code -q}, {@code -v} and {@code --timeout D} itself and runs what
 * {@link RunCommand} runs; anything else (help, {@code --audit}, unknown options, a timeout that
 * is not a duration) goes to {@link Kos#main} unchanged, before anything has run.
 */
public final class RunMain {
  private RunMain() {}

  public static void main(String[] args) {
    Parsed p = parse(args);
    if (p == null) {
      Kos.main(args);
      return;
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true);
    int exit;
    try {
      exit = RunCommand.boot(p.image, p.timeout, p.quiet, p.verbose, null, out, err);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exit = InternalErrorHandler.report(e, err);
    } catch (RuntimeException e) {
      exit = InternalErrorHandler.report(e, err); // as picocli's handler would
    }
    out.flush();
    err.flush();
    System.exit(exit);
  }

  /** The run's options, or null when picocli should read the command line. */
  static Parsed parse(String[] args) {
    if (args.length < 2 || !args[0].equals("run")) {
      return null;
    }
    Parsed p = new Parsed();
    try {
      for (int i = 1; i < args.length; i++) {
        String a = args[i];
        if ((a.equals("-q") || a.equals("--quiet")) && !p.quiet) {
          p.quiet = true;
        } else if ((a.equals("-v") || a.equals("--verbose")) && !p.verbose) {
          p.verbose = true;
        } else if (a.equals("--timeout") && i + 1 < args.length && p.timeout == null) {
          p.timeout = new DurationConverter().convert(args[++i]);
        } else if (!a.isEmpty() && !a.startsWith("-") && !a.startsWith("@") && p.image == null) {
          p.image = Path.of(a);
        } else {
          return null; // help, --audit, other forms, a second image: picocli explains
        }
      }
    } catch (RuntimeException e) {
      return null; // a bad path or duration: picocli's message
    }
    if (p.image == null) {
      return null;
    }
    if (p.timeout == null) {
      p.timeout = new DurationConverter().convert(RunCommand.DEFAULT_TIMEOUT);
    }
    return p;
  }

  /** What the command line asked for. */
  static final class Parsed {
    Path image;
    Duration timeout;
    boolean quiet;
    boolean verbose;
  }
}
