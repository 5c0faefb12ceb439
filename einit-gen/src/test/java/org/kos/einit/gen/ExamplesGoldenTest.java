package org.kos.einit.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kos.einit.Einit;
import org.kos.einit.EinitRequest;
import org.kos.einit.EinitResult;
import org.kos.io.AtomicFiles;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.template.MacroValues;

/**
 * Each example of testdata/einit/ (an init.yaml or init.yaml.in, and macros.properties for a
 * template; classes from testdata/nk) gives exactly its golden Einit program, manifest and dot file, byte for
 * byte. Regenerate on purpose with {@code -Dkos.golden.update=true} and review the diff.
 */
class ExamplesGoldenTest {
  private static final Path EXAMPLES = Path.of("..", "testdata", "einit");
  private static final Path CLASSES = Path.of("..", "testdata", "nk");
  private static final Path SOLUTIONS = Path.of("..", "testdata", "solutions");

  static Stream<String> examples() throws IOException {
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  static EinitResult check(Path dir) throws IOException {
    Path yaml = Files.exists(dir.resolve("init.yaml")) ? dir.resolve("init.yaml") : dir.resolve("init.yaml.in");
    Path properties = dir.resolve("macros.properties");
    Map<String, String> macros = Files.exists(properties) ? MacroValues.load(properties) : Map.of();
    return Einit.check(new EinitRequest(yaml, List.of(CLASSES), macros));
  }

  static Stream<String> solutions() throws IOException {
    try (Stream<Path> s = Files.list(SOLUTIONS)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void exampleGivesItsGoldenEinitManifestAndDotFile(String example) throws IOException {
    Path dir = EXAMPLES.resolve(example);
    assertGolden(dir, check(dir));
  }

  /** The example solutions (testdata/solutions/NAME: init.yaml, classes in nk/). */
  @ParameterizedTest
  @MethodSource("solutions")
  void solutionGivesItsGoldenEinitManifestAndDotFile(String solution) throws IOException {
    Path dir = SOLUTIONS.resolve(solution);
    assertGolden(dir, Einit.check(new EinitRequest(dir.resolve("init.yaml"), List.of(dir.resolve("nk")), Map.of())));
  }

  private static void assertGolden(Path dir, EinitResult result) throws IOException {
    assertEquals("", DiagnosticPrinter.renderAll(result.diagnostics()));
    Generator generator = new Generator();
    for (Generator.Output output : Generator.Output.values()) {
      String actual = generator.render(output, result.manifest().orElseThrow());
      Path golden = dir.resolve(output.fileName());
      if (Boolean.getBoolean("kos.golden.update")) {
        AtomicFiles.write(golden, actual);
      }
      assertTrue(Files.exists(golden), "no golden " + golden + " (create it with -Dkos.golden.update=true)");
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
          golden + " differs; if on purpose, rerun with -Dkos.golden.update=true and review the diff");
    }
  }
}
