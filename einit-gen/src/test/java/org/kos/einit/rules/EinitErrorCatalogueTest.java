package org.kos.einit.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kos.einit.Einit;
import org.kos.einit.EinitRequest;
import org.kos.einit.solution.SolutionBuilder;
import org.kos.einit.solution.SolutionCheck;
import org.kos.einit.solution.SolutionException;
import org.kos.einit.solution.SolutionSpec;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.rules.DiagnosticCatalogueTest;

/** The EI catalogue: {@link EinitRule}, docs/errors/EI*.md and testdata/einit-errors/ in step. */
class EinitErrorCatalogueTest extends DiagnosticCatalogueTest {
  @Override
  protected List<EinitRule> entries() {
    return Arrays.asList(EinitRule.values());
  }

  @Override
  protected String prefix() {
    return "EI";
  }

  @Override
  protected String idPattern() {
    return "EI\\d{4}";
  }

  @Override
  protected Path examples() {
    return Path.of("..", "testdata", "einit-errors");
  }

  /** EI0022 is found by the build itself: the example is built, into a file that is removed. */
  private static List<Diagnostic> built(Path dir) throws IOException {
    Path image = Files.createTempFile("kos-ei0019-", ".img");
    try {
      new SolutionBuilder().build(dir, image);
      return List.of();
    } catch (SolutionException e) {
      return SolutionBuilder.diagnosticsOf(e);
    } finally {
      Files.deleteIfExists(image);
    }
  }

  /**
   * Checks a solution example (one with a solution.yaml) as {@code kos solution build DIR} does
   * before compiling (and, for EI0022, builds it), any other example's init.yaml as {@code kos einit check -I DIR DIR/init.yaml}.
   */
  @Override
  protected List<Diagnostic> diagnose(Path dir) throws IOException {
    if (Files.exists(dir.resolve(SolutionSpec.FILE_NAME))) {
      try {
        List<Diagnostic> checked = SolutionCheck.check(dir).diagnostics();
        return checked.isEmpty() && dir.getParent().getFileName().toString().equals(EinitRule.EI0022.name())
            ? built(dir) : checked;
      } catch (SolutionException e) {
        throw new IOException(e.getMessage(), e);
      }
    }
    Path yaml = dir.resolve("init.yaml");
    if (!Files.exists(yaml)) {
      throw new IOException("no init.yaml in " + dir);
    }
    return Einit.check(new EinitRequest(yaml, List.of(dir), Map.of())).diagnostics();
  }
}
