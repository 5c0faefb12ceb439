package org.kos.cli.rc;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --db FILE}, shared by every rc subcommand: the option, else {@code $KOS_RC_DB}, else
 * {@code retcodes.json} in the current directory. Reading commands use it only when it exists.
 */
final class DbOption {
  static final String ENV = "KOS_RC_DB";
  static final String DEFAULT = "retcodes.json";

  @Option(names = "--db", paramLabel = "FILE",
      description = "The code database (default: $KOS_RC_DB, else retcodes.json in the current directory).")
  Path db;

  Path path() {
    if (db != null) {
      return db;
    }
    String env = System.getenv(ENV);
    return Path.of(env != null && !env.isBlank() ? env : DEFAULT);
  }

  /** Whether a database is there to read; the generic codes are known without one. */
  boolean exists() {
    return Files.isRegularFile(path());
  }

  /** True when the user named the file, so a missing file is their mistake, not the default's absence. */
  boolean explicit() {
    return db != null || (System.getenv(ENV) != null && !System.getenv(ENV).isBlank());
  }
}
