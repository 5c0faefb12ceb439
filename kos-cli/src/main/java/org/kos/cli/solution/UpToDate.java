package org.kos.cli.solution;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.kos.einit.cache.BuildStamp;
import org.kos.einit.solution.SolutionBuilder;
import org.kos.nkc.sdk.SdkVersion;

/**
 * The check both entry points of {@code kos solution build} make first: when the build directory's
 * stamp says nothing the last build read has changed and its image is still as written, the build
 * stops there (docs/solutions.md, "Incremental builds").
 */
final class UpToDate {
  private UpToDate() {}

  /** Whether the build is up to date; when it is, says so as the build would have ended. */
  static boolean report(Path dir, Path image, SdkVersion sdk, Path buildDir, boolean quiet, boolean verbose,
      PrintWriter err) {
    String request = BuildStamp.request(dir, image, sdk == null ? null : sdk.name());
    if (!BuildStamp.upToDate(buildDir, SolutionBuilder.toolVersion(), request)) {
      return false;
    }
    if (verbose) {
      err.println("kos solution build: up to date: nothing the last build read has changed (" + BuildStamp.file(buildDir) + ")");
      err.println("kos solution build: compiled nothing; image unchanged");
    }
    if (!quiet) {
      err.println("kos solution build: " + image + " is up to date");
    }
    err.flush();
    return true;
  }
}
