package org.kos.nkc.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;
import org.kos.nkc.ast.UnitKind;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.javagen.JavaNameClashes;
import org.kos.nkc.javagen.JavaOptions;
import org.kos.nkc.layout.Layout;
import org.kos.nkc.model.Model;

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
    return "NK0[1-7]\\d\\d";
  }

  @Override
  protected Path examples() {
    return Path.of("..", "testdata", "nk-errors");
  }

  /**
   * Compiles every IDL/CDL/EDL file of the example with the example as the search path, then runs
   * the Java back end's name check when the input is valid.
   */
  @Override
  protected List<Diagnostic> diagnose(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> UnitKind.ofFileName(p.getFileName().toString()) != null).sorted().toList();
    }
    assertTrue(!files.isEmpty(), "no example files in " + root);
    CompileResult r = NkCompiler.compile(CompileRequest.of(files, List.of(root)));
    if (r.hasErrors()) {
      return r.diagnostics();
    }
    // NK07xx come from the Java back end, as kos nk compile runs it (no --java-package).
    Model model = r.model().orElseThrow();
    List<Diagnostic> all = new ArrayList<>(r.diagnostics());
    all.addAll(JavaNameClashes.find(model, Layout.of(model), JavaOptions.DEFAULT));
    return all;
  }
}
