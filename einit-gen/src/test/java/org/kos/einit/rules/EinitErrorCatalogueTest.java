package org.kos.einit.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kos.einit.Einit;
import org.kos.einit.EinitRequest;
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

  /** Checks the example's init.yaml as {@code kos einit check -I DIR DIR/init.yaml} does. */
  @Override
  protected List<Diagnostic> diagnose(Path dir) throws IOException {
    Path yaml = dir.resolve("init.yaml");
    if (!Files.exists(yaml)) {
      throw new IOException("no init.yaml in " + dir);
    }
    return Einit.check(new EinitRequest(yaml, List.of(dir), Map.of())).diagnostics();
  }
}
