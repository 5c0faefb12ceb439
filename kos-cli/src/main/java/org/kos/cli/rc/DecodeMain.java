package org.kos.cli.rc;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kos.cli.Kos;

/**
 * Fast entry point for {@code kos rc decode}, chosen by the {@code ./kos} launcher. Picocli's
 * classes are Java 5 class files that class-data sharing cannot archive, and building the whole
 * command tree costs several hundred milliseconds; decoding a code should not. This reads the few
 * decode options itself and calls the same {@link Decoding} as the picocli command. Anything else
 * (help, unknown options, missing codes, other commands) goes to {@link Kos#main} unchanged, so
 * behaviour and messages stay those of the full command line.
 */
public final class DecodeMain {
  private DecodeMain() {}

  public static void main(String[] args) {
    Parsed p = args.length >= 2 && args[0].equals("rc") && args[1].equals("decode") ? parse(args) : null;
    if (p == null) {
      Kos.main(args);
      return;
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), false);
    String env = System.getenv(DbOption.ENV);
    boolean envDb = env != null && !env.isBlank();
    Path db = p.db != null ? Path.of(p.db) : Path.of(envDb ? env : DbOption.DEFAULT);
    System.exit(Decoding.run(p.codes, p.json, p.quiet, db, p.db != null || envDb, out, err));
  }

  /** The decode options, or null when picocli should handle the command line. */
  static Parsed parse(String[] args) {
    Parsed p = new Parsed();
    boolean positionalOnly = false;
    for (int i = 2; i < args.length; i++) {
      String a = args[i];
      if (positionalOnly || !a.startsWith("-") || isNumber(a)) {
        p.codes.add(a);
      } else if (a.equals("--")) {
        positionalOnly = true;
      } else if (a.equals("--json")) {
        p.json = true;
      } else if (a.equals("-q") || a.equals("--quiet")) {
        p.quiet = true;
      } else if (a.equals("--db") && i + 1 < args.length && p.db == null) {
        p.db = args[++i];
      } else if (a.startsWith("--db=") && a.length() > 5 && p.db == null) {
        p.db = a.substring(5);
      } else {
        return null; // help, version, bundled or unknown options: picocli explains
      }
    }
    return p.codes.isEmpty() ? null : p;
  }

  /** A negative or explicitly signed number is a code, not an option, as picocli also decides. */
  private static boolean isNumber(String a) {
    if (a.length() < 2) {
      return false;
    }
    for (int i = 1; i < a.length(); i++) {
      if (!Character.isLetterOrDigit(a.charAt(i))) {
        return false;
      }
    }
    return Character.isDigit(a.charAt(1));
  }

  /** What the command line asked for. */
  static final class Parsed {
    final List<String> codes = new ArrayList<>();
    boolean json;
    boolean quiet;
    String db;
  }
}
