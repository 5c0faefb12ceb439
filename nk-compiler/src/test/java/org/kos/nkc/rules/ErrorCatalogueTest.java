package org.kos.nkc.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.NkCompiler;
import org.kos.nkc.ast.UnitKind;
import org.kos.nkc.diag.Diagnostic;

/** The NK catalogue: {@link Rule}, docs/errors/NK*.md and testdata/nk-errors/ in step. */
class ErrorCatalogueTest extends DiagnosticCatalogueTest {
  @Override
  protected List<Rule> entries() {
    return Arrays.asList(Rule.values());
  }

  @Override
  protected String prefix() {
    return "NK";
  }

  @Override
  protected String idPattern() {
    return "NK0[1-6]\\d\\d";
  }

  @Override
  protected Path examples() {
    return Path.of("..", "testdata", "nk-errors");
  }

  /** Compiles every IDL/CDL/EDL file of the example with the example as the search path. */
  @Override
  protected List<Diagnostic> diagnose(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> UnitKind.ofFileName(p.getFileName().toString()) != null).sorted().toList();
    }
    assertTrue(!files.isEmpty(), "no example files in " + root);
    return NkCompiler.compile(CompileRequest.of(files, List.of(root))).diagnostics();
  }
}
