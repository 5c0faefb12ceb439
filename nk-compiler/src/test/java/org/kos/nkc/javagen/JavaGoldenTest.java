package org.kos.nkc.javagen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kos.io.AtomicFiles;

/**
 * The generated sources of the testdata examples, byte for byte, against testdata/nk-java/<example>.
 * Regenerate on purpose with {@code -Dkos.golden.update=true} and review the diff.
 */
class JavaGoldenTest {
  @ParameterizedTest
  @ValueSource(strings = {"echo", "types"})
  void generatedSourcesMatchTheGoldenFiles(String example) throws IOException {
    List<GeneratedFile> files = Examples.generate(example);
    Path dir = Examples.GOLDEN.resolve(example);
    if (Boolean.getBoolean("kos.golden.update")) {
      update(dir, files);
    }
    assertEquals(files.stream().map(GeneratedFile::path).toList(), goldenPaths(dir),
        "generated files changed; if on purpose, rerun with -Dkos.golden.update=true and review the diff");
    for (GeneratedFile f : files) {
      assertEquals(Files.readString(dir.resolve(f.path())), f.content(), f.path()
          + " changed; if on purpose, rerun with -Dkos.golden.update=true and review the diff");
    }
  }

  private static List<String> goldenPaths(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
          .toList();
    }
  }

  private static void update(Path dir, List<GeneratedFile> files) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.filter(Files::isRegularFile).toList()) {
          Files.delete(p);
        }
      }
    }
    for (GeneratedFile f : files) {
      AtomicFiles.write(dir.resolve(f.path()), f.content());
    }
  }
}
