package org.kos.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Base of command tests: runs {@code kos} in-process and keeps what the last run printed. */
public abstract class CliTest {
  protected final StringWriter out = new StringWriter();
  protected final StringWriter err = new StringWriter();

  /** Runs {@code kos args...} after forgetting the previous run's output; returns the exit code. */
  protected int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return execute(out, err, args);
  }

  /** Runs {@code kos args...} printing to the given writers. */
  public static int execute(StringWriter out, StringWriter err, String... args) {
    var cl = Kos.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return Kos.execute(cl, args);
  }
}
