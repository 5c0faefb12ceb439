package org.kos.nkc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kos.nkc.ast.UnitKind;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.source.MemoryRoot;

/**
 * Fuzz target for the NK front end: lexer, parser, resolver and checker, as {@code kos nk check}
 * runs them (docs/fuzzing.md). Contract: any bytes give diagnostics, each inside its file and
 * printable with its caret line, and nothing is thrown. The input is named after its own
 * {@code package} line and its kind guessed from its words, so that seeds from testdata/nk check
 * fully; the testdata interfaces are on the search path for its imports.
 */
class NkFrontEndFuzzTest {
  private static final Pattern PACKAGE = Pattern.compile("package\\s+([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)");
  private static final Map<String, String> TESTDATA = testdata();

  private static Map<String, String> testdata() {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(TestdataModelTest.ROOT)) {
      for (Path p : walk.filter(p -> UnitKind.ofFileName(p.getFileName().toString()) != null).toList()) {
        files.put(TestdataModelTest.ROOT.relativize(p).toString().replace('\\', '/'), Files.readString(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  static String fileName(String text) {
    String ext = text.contains("entity") || text.contains("task class") ? "edl"
        : text.contains("component") ? "cdl" : "idl";
    Matcher m = PACKAGE.matcher(text);
    String name = m.find() && m.group(1).length() < 200 ? m.group(1) : "fuzz.Input";
    return name.replace('.', '/') + "." + ext;
  }

  @FuzzTest
  void compile(byte[] input) throws IOException {
    SourceFile file = SourceFile.decode("in", input);
    String name = fileName(file.text());
    file = SourceFile.decode(name, input);
    Map<String, String> onPath = new TreeMap<>(TESTDATA);
    onPath.put(name, file.text());
    CompileResult r = NkCompiler.compile(new CompileRequest(List.of(CompileRequest.Input.of(file)),
        List.of(new MemoryRoot("testdata", onPath)), true, false));
    for (Diagnostic d : r.diagnostics()) {
      assertTrue(d.span() == null || d.span().end() <= d.span().file().text().length(), d.toString());
      DiagnosticPrinter.render(d);
    }
    DiagnosticPrinter.toJson(r.diagnostics());
  }
}
