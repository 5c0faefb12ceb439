package org.kos.cli.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.kos.cli.CliTest;
import org.kos.cli.ExitCodes;

/** Tests that edit a copy of an example solution, then build and boot it through the CLI. */
abstract class SolutionCliTest extends CliTest {
  static final Path SOLUTIONS = Path.of("../testdata/solutions");

  @TempDir Path dir;

  /** Builds the solution into dir/x.img (which must work) and runs it; the run's exit code. */
  int buildAndRun(Path solution) {
    Path image = dir.resolve("x.img");
    assertEquals(ExitCodes.OK, run("solution", "build", solution.toString(), "-o", image.toString()), err.toString());
    return run("run", "--timeout", "30s", image.toString());
  }

  /**
   * A copy of the example solution {@code name} under the test's directory, without the build
   * directory an earlier build of the example left in it: every copy starts from a full build.
   */
  Path copyOf(String name) throws IOException {
    Path copy = dir.resolve(name);
    Path from = SOLUTIONS.resolve(name);
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        if (from.relativize(p).startsWith("target")) {
          continue;
        }
        Path to = copy.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return copy;
  }
}
