package org.kos.psl.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.rules.DiagnosticCatalogueTest;
import org.kos.psl.PslCompiler;
import org.kos.psl.PslRequest;

/** The PSL catalogue: {@link PslRule}, docs/errors/PS*.md and testdata/psl-errors/ in step. */
class PslErrorCatalogueTest extends DiagnosticCatalogueTest {
  @Override
  protected List<PslRule> entries() {
    return Arrays.asList(PslRule.values());
  }

  @Override
  protected String prefix() {
    return "PS";
  }

  @Override
  protected String idPattern() {
    return "PS0[1-7]\\d\\d";
  }

  @Override
  protected Path examples() {
    return Path.of("..", "testdata", "psl-errors");
  }

  /** Checks every policy file of the example with the example as the search path, as kos psl check does. */
  @Override
  protected List<Diagnostic> diagnose(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> {
        String n = p.getFileName().toString();
        return n.endsWith(".psl") || n.endsWith(".psl.in") || n.endsWith(".cfg");
      }).sorted().toList();
    }
    assertTrue(!files.isEmpty(), "no policy files in " + root);
    return PslCompiler.check(PslRequest.of(files, List.of(root))).diagnostics();
  }
}
