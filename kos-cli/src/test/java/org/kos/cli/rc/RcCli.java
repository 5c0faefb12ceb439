package org.kos.cli.rc;

import java.io.StringWriter;
import org.kos.cli.CliTest;

/** Runs {@code kos} in-process and keeps what it printed. */
final class RcCli {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  int exit;

  static RcCli run(String... args) {
    RcCli r = new RcCli();
    r.exit = CliTest.execute(r.out, r.err, args);
    return r;
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }

  @Override
  public String toString() {
    return "exit " + exit + "\nout:\n" + out + "\nerr:\n" + err;
  }
}
