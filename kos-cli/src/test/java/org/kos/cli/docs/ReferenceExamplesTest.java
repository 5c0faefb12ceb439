package org.kos.cli.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.kos.einit.Einit;
import org.kos.einit.EinitRequest;
import org.kos.einit.solution.SolutionException;
import org.kos.einit.solution.SolutionSpec;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.diag.Diagnostics;

/**
 * Every example block of docs/reference/ goes through the checker its marker names: the
 * {@code idl}, {@code cdl} and {@code edl} blocks of all pages are compiled together by the NK
 * compiler (each block one file, placed by the name it declares) with no diagnostic; each
 * {@code yaml init} block is checked by the einit checker against them with no diagnostic; each
 * {@code yaml solution} block is read as {@code kos solution build} reads solution.yaml, with no
 * diagnostic but that a file it names does not exist (EI0013).
 */
class ReferenceExamplesTest {
  private static final Path REFERENCE = Path.of("..", "docs", "reference");
  private static final Pattern DECLARED = Pattern.compile("^\\s*(package|component|entity|task\\s+class)\\s+([\\w.]+)",
      Pattern.MULTILINE);

  @TempDir static Path nk;
  private static final List<DocBlocks.Block> BLOCKS = new ArrayList<>();
  private static final List<Path> NK_FILES = new ArrayList<>();

  @BeforeAll
  static void readPagesAndPlaceTheNkBlocks() throws IOException {
    try (Stream<Path> pages = Files.list(REFERENCE)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        BLOCKS.addAll(DocBlocks.read(page).blocks());
      }
    }
    for (DocBlocks.Block b : BLOCKS) {
      if (List.of("idl", "cdl", "edl").contains(b.language())) {
        Matcher m = DECLARED.matcher(b.content().replaceAll("(?s)/\\*.*?\\*/|//[^\n]*", ""));
        assertTrue(m.find(), b.where() + ": declares no package, component or class");
        Path file = nk.resolve(m.group(2).replace('.', '/') + "." + b.language());
        assertFalse(Files.exists(file), b.where() + ": " + m.group(2) + " is declared by another block too");
        Files.createDirectories(file.getParent());
        Files.writeString(file, b.content());
        NK_FILES.add(file);
      }
    }
  }

  private static List<DocBlocks.Block> blocks(String info) {
    return BLOCKS.stream().filter(b -> (b.language() + " " + b.attributes()).strip().equals(info)).toList();
  }

  @Test
  void everyKindOfExampleIsThere() {
    for (String info : List.of("idl", "cdl", "edl", "yaml init", "yaml solution")) {
      assertFalse(blocks(info).isEmpty(), "no ```" + info + " block in docs/reference");
    }
  }

  @Test
  void theNkExamplesCompileTogetherWithoutADiagnostic() throws IOException {
    CompileResult r = NkCompiler.compile(CompileRequest.of(NK_FILES, List.of(nk)));
    assertEquals("", DiagnosticPrinter.renderAll(r.diagnostics()));
  }

  @TestFactory
  Stream<DynamicTest> everyInitYamlExampleChecksWithoutADiagnostic(@TempDir Path dir) {
    return blocks("yaml init").stream().map(b -> DynamicTest.dynamicTest(b.where(), () -> {
      Path yaml = dir.resolve("init-" + b.line() + ".yaml");
      Files.writeString(yaml, b.content());
      List<Diagnostic> found = Einit.check(new EinitRequest(yaml, List.of(nk), Map.of())).diagnostics();
      assertEquals("", DiagnosticPrinter.renderAll(found), b.where());
    }));
  }

  @TestFactory
  Stream<DynamicTest> everySolutionYamlExampleReadsWithoutADiagnostic(@TempDir Path dir) {
    return blocks("yaml solution").stream().map(b -> DynamicTest.dynamicTest(b.where(), () -> {
      Path solution = Files.createDirectories(dir.resolve("solution-" + b.line()));
      Files.writeString(solution.resolve(SolutionSpec.FILE_NAME), b.content());
      Diagnostics d = new Diagnostics();
      try {
        SolutionSpec.read(solution, d);
      } catch (SolutionException e) {
        throw new AssertionError(b.where() + ": " + e.getMessage(), e);
      }
      List<Diagnostic> found = d.all().stream().filter(x -> !x.id().equals("EI0013")).toList();
      assertEquals("", DiagnosticPrinter.renderAll(found), b.where());
    }));
  }
}
