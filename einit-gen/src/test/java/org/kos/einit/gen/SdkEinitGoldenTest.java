package org.kos.einit.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kos.einit.Einit;
import org.kos.einit.EinitRequest;
import org.kos.einit.EinitResult;
import org.kos.io.AtomicFiles;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.sdk.SdkVersion;

/**
 * The zoo example (testdata/einit/zoo: servers that are clients, args, an EDL-level endpoint) as
 * the einit of every SDK generation runs it: task order, connection order, argv and endpoint-name
 * order, pinned by testdata/einit-sdk/VERSION/ (manifest and Einit program), docs/sdk-versions.md.
 * Regenerate on purpose with {@code -Dkos.golden.update=true} and review the diff.
 */
class SdkEinitGoldenTest {
  private static final Path ZOO = Path.of("..", "testdata", "einit", "zoo", "init.yaml");
  private static final Path CLASSES = Path.of("..", "testdata", "nk");
  private static final Path GOLDEN = Path.of("..", "testdata", "einit-sdk");

  @ParameterizedTest
  @EnumSource(SdkVersion.class)
  void eachSdkGenerationGivesItsGoldenManifestAndProgram(SdkVersion sdk) throws IOException {
    EinitResult result = Einit.check(new EinitRequest(ZOO, List.of(CLASSES), Map.of(), sdk));
    assertEquals("", DiagnosticPrinter.renderAll(result.diagnostics()));
    Generator generator = new Generator();
    for (Generator.Output output : List.of(Generator.Output.MANIFEST, Generator.Output.PROGRAM)) {
      String actual = generator.render(output, result.manifest().orElseThrow());
      Path golden = GOLDEN.resolve(sdk.number()).resolve(output.fileName());
      if (Boolean.getBoolean("kos.golden.update")) {
        Files.createDirectories(golden.getParent());
        AtomicFiles.write(golden, actual);
      }
      assertTrue(Files.exists(golden), "no golden " + golden + " (create it with -Dkos.golden.update=true)");
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
          golden + " differs; if on purpose, rerun with -Dkos.golden.update=true and review the diff");
    }
  }
}
