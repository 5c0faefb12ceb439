package org.kos.confinement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;
import org.kos.nkc.javagen.GeneratedFile;
import org.kos.nkc.javagen.JavaGenerator;
import org.kos.nkc.javagen.JavaOptions;
import org.kos.nkc.layout.Layout;
import org.kos.nkc.model.Model;

/**
 * The programs of the example solutions (testdata/solutions/NAME/programs/PATH), each with the
 * Java stubs of the solution's NK files as {@code kos solution build} puts them in its jar, pass
 * with no violation.
 */
class ExampleSolutionsPassTest {
  private static final Path SOLUTIONS = Path.of("..", "testdata", "solutions");

  @TestFactory
  Stream<DynamicTest> everyExampleProgramPasses() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(SOLUTIONS)) {
      for (Path solution : dirs.filter(d -> Files.isDirectory(d.resolve("programs"))).sorted().toList()) {
        Map<String, String> stubs = stubs(solution.resolve("nk"));
        Map<String, Map<String, String>> programs = programs(solution.resolve("programs"));
        Map<String, String> all = new TreeMap<>(stubs);
        programs.values().forEach(all::putAll);
        Map<String, byte[]> classes = InMemoryJavac.compile(all);
        for (Map.Entry<String, Map<String, String>> p : programs.entrySet()) {
          tests.add(DynamicTest.dynamicTest(solution.getFileName() + "/" + p.getKey(), () -> {
            Map<String, byte[]> jar = jarOf(classes, p.getValue(), programs);
            for (String source : p.getValue().keySet()) {
              assertTrue(jar.containsKey(source.replace(".java", ".class")), source);
            }
            assertTrue(jar.size() > p.getValue().size(), "no stubs in the jar");
            assertEquals(List.of(), new ProgramVerifier().verify(jar).stream().map(Violation::format).toList());
          }));
        }
      }
    }
    assertFalse(tests.isEmpty(), "no example programs under " + SOLUTIONS);
    return tests.stream();
  }

  /** The stubs' sources by path, as {@code kos solution build} generates them. */
  private static Map<String, String> stubs(Path nk) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(nk)) {
      files = s.filter(f -> f.toString().matches(".*\\.(idl|cdl|edl)")).sorted().toList();
    }
    CompileResult r = NkCompiler.compile(CompileRequest.of(files, List.of(nk)));
    Model model = r.model().orElseThrow(() -> new AssertionError("NK errors in " + nk + ": " + r.diagnostics()));
    Map<String, String> sources = new TreeMap<>();
    for (GeneratedFile f : JavaGenerator.generate(model, Layout.of(model), JavaOptions.DEFAULT)) {
      sources.put(f.path(), f.content());
    }
    return sources;
  }

  /** Each program's sources (path under its directory → text), by image path. */
  private static Map<String, Map<String, String>> programs(Path dir) throws IOException {
    Map<String, Map<String, String>> programs = new TreeMap<>();
    try (Stream<Path> paths = Files.list(dir)) {
      for (Path p : paths.sorted().toList()) {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> s = Files.walk(p)) {
          for (Path f : s.filter(f -> f.toString().endsWith(".java")).toList()) {
            sources.put(p.relativize(f).toString().replace('\\', '/'), Files.readString(f));
          }
        }
        programs.put(p.getFileName().toString(), sources);
      }
    }
    return programs;
  }

  /** A program's jar: its own classes and every class that is no program's (the stubs). */
  private static Map<String, byte[]> jarOf(Map<String, byte[]> classes, Map<String, String> own,
      Map<String, Map<String, String>> programs) {
    Map<String, byte[]> jar = new TreeMap<>();
    classes.forEach((entry, bytes) -> {
      String source = entry.replaceAll("\\$.*", "").replace(".class", "") + ".java";
      boolean anyProgram = programs.values().stream().anyMatch(p -> p.containsKey(source));
      if (own.containsKey(source) || !anyProgram) {
        jar.put(entry, bytes);
      }
    });
    return jar;
  }
}
