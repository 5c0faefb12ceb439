package org.kos.einit.solution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.diag.Diagnostics;

/**
 * Fuzz target for the solution.yaml reader (docs/fuzzing.md), in an otherwise empty solution
 * directory. Contract: any bytes give a spec or diagnostics (EI ids), each inside the file and
 * printable with its caret line; nothing is thrown.
 */
class SolutionYamlFuzzTest {
  private static final Path DIR = tempDir();

  private static Path tempDir() {
    try {
      Path d = Files.createTempDirectory("fuzz-solution");
      d.toFile().deleteOnExit();
      return d;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @FuzzTest
  void read(byte[] yaml) throws IOException, SolutionException {
    Files.write(DIR.resolve(SolutionSpec.FILE_NAME), yaml);
    Diagnostics d = new Diagnostics();
    SolutionSpec.read(DIR, d);
    for (Diagnostic diagnostic : d.sorted()) {
      assertTrue(diagnostic.span() == null || diagnostic.span().end() <= diagnostic.span().file().text().length(),
          diagnostic.toString());
      DiagnosticPrinter.render(diagnostic);
    }
  }
}
