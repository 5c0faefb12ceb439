package org.kos.cli;

/** Exit codes shared by every {@code kos} subcommand; documented in README.md. */
public final class ExitCodes {
  public static final int OK = 0;
  /** The input had errors; diagnostics were printed. */
  public static final int INPUT_ERROR = 1;
  /** Bad options or arguments. */
  public static final int USAGE = 2;
  /** A file could not be read or written. */
  public static final int IO_ERROR = 3;
  /** {@code kos solution audit}: findings at or above {@code --fail-on} (the report was printed). */
  public static final int FINDINGS = 4;
  /** A bug in the toolchain. */
  public static final int INTERNAL = 70;

  private ExitCodes() {}
}
