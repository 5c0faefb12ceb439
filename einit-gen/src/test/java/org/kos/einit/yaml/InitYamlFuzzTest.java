package org.kos.einit.yaml;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.template.Expansion;

/**
 * Fuzz target for the init.yaml reader (docs/fuzzing.md). Contract: any bytes give an
 * {@link InitYaml} or diagnostics (EI ids), each inside the file and printable with its caret
 * line; nothing is thrown (no SnakeYAML exception, NPE or ClassCastException).
 */
class InitYamlFuzzTest {
  @FuzzTest
  void read(byte[] yaml) {
    Diagnostics d = new Diagnostics();
    InitYamlReader.read(Expansion.identity(SourceFile.decode("init.yaml", yaml)), d);
    for (Diagnostic diagnostic : d.sorted()) {
      assertTrue(diagnostic.span() == null || diagnostic.span().end() <= diagnostic.span().file().text().length(),
          diagnostic.toString());
      DiagnosticPrinter.render(diagnostic);
    }
  }
}
