package org.kos.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@code kos nk check} and {@code kos psl check} as their fast entry points read them
 * (the plain forms only: {@code -I DIR}, {@code --json}, {@code --syntax-only}, {@code -q}, inputs,
 * {@code --}); {@link #parse} returns null for everything else, which picocli then reads.
 */
public final class CheckArgs {
  public final List<Path> includeDirs = new ArrayList<>();
  public final List<Path> inputs = new ArrayList<>();
  public boolean json;
  public boolean syntaxOnly;
  public boolean quiet;

  /** A check run from the options; the exit code, or null (having printed nothing) to leave it to picocli. */
  public interface Check {
    Integer run(CheckArgs args, PrintWriter out, PrintWriter err);
  }

  /**
   * The whole of a fast entry point's {@code main}: runs {@code check} when the command line is
   * {@code GROUP check} in its plain forms and the check answers, else {@link Kos#main} with the
   * same arguments.
   */
  public static void runOrLeaveToPicocli(String[] args, String group, Check check) {
    CheckArgs p = parse(args, group);
    if (p != null) {
      PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), false);
      PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), false);
      Integer exit = check.run(p, out, err);
      if (exit != null) {
        System.exit(exit);
      }
    }
    Kos.main(args);
  }

  /** {@code GROUP check ...}'s options, or null when picocli should read the command line. */
  public static CheckArgs parse(String[] args, String group) {
    if (args.length < 3 || !args[0].equals(group) || !args[1].equals("check")) {
      return null;
    }
    CheckArgs p = new CheckArgs();
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
}
