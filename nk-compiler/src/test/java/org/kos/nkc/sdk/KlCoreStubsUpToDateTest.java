package org.kos.nkc.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kos.nkc.javagen.GeneratedFile;
import org.kos.nkc.javagen.JavaGenerator;
import org.kos.nkc.javagen.JavaOptions;
import org.kos.nkc.layout.Layout;
import org.kos.nkc.model.Model;

/**
 * kos-runtime cannot depend on nk-compiler, so the kernel's kl.core stubs are checked in there
 * (kos-runtime/src/main/java/kl/core). This fails when they differ from what the generator makes
 * of the bundled kl.core files now. Regenerate (see docs/kernel.md):
 * {@code ./kos nk compile -o kos-runtime/src/main/java nk-compiler/src/main/resources/org/kos/nkc/sdk/kl/core}
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class KlCoreStubsUpToDateTest {
  private static final Path CHECKED_IN = Path.of("..", "kos-runtime", "src", "main", "java");
  private static final String REGENERATE =
      "stale kl.core stubs in kos-runtime; regenerate: ./kos nk compile -o kos-runtime/src/main/java "
      + "nk-compiler/src/main/resources/org/kos/nkc/sdk/kl/core";

  @Test
  void checkedInKlCoreStubsAreWhatTheGeneratorProduces() throws IOException {
    Model model = KlCoreSdk.compile().model().orElseThrow();
    Map<String, String> expected = new TreeMap<>();
    for (GeneratedFile f : JavaGenerator.generate(model, Layout.of(model), JavaOptions.DEFAULT)) {
      expected.put(f.path(), f.content());
    }
    Map<String, String> actual = new TreeMap<>();
    Path dir = CHECKED_IN.resolve("kl/core");
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.sorted().toList()) {
        if (!p.getFileName().toString().equals("package-info.java")) {
          actual.put(CHECKED_IN.relativize(p).toString().replace('\\', '/'), Files.readString(p));
        }
      }
    }
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), REGENERATE);
    expected.forEach((path, content) -> assertEquals(content, actual.get(path), REGENERATE + " (" + path + ")"));
  }
}
