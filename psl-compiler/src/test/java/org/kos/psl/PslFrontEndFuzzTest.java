package org.kos.psl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;

/**
 * Fuzz target for the PSL front end (lexer, parser, checks against the spec's EDL/CDL/IDL in
 * testdata/psl/spec/nk), as {@code kos psl check} runs it (docs/fuzzing.md). Contract: any bytes
 * give diagnostics, each inside its file and printable with its caret line; nothing is thrown.
 */
class PslFrontEndFuzzTest {
  private static final Path DIR = tempDir();

  private static Path tempDir() {
    try {
      Path d = Files.createTempDirectory("fuzz-psl");
      d.toFile().deleteOnExit();
      return d;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @FuzzTest
  void check(byte[] policy) throws IOException {
    Path file = DIR.resolve("security.psl");
    Files.write(file, policy);
    PslResult r = PslCompiler.check(new PslRequest(List.of(file), List.of(Psl.SPEC.resolve("nk")), Map.of(), false));
    for (Diagnostic d : r.diagnostics()) {
      assertTrue(d.span() == null || d.span().end() <= d.span().file().text().length(), d.toString());
      DiagnosticPrinter.render(d);
    }
  }
}
