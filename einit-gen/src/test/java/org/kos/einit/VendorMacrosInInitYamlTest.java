package org.kos.einit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.einit.manifest.Manifest;
import org.kos.nkc.diag.Diagnostic;

/** init.yaml templates as the vendor's CMake projects write them, with a plain build's macro values. */
class VendorMacrosInInitYamlTest {
  private static final String CLIENT_OF_RAMFS = """
      entities:
      - name: app.Client
        connections:
        - target: kl.VfsRamFs
          id: kl.VfsRamFs
      @INIT_EXTERNAL_ENTITIES@
      """;

  @TempDir Path dir;

  private static List<String> tasks(EinitResult r) {
    return r.manifest().orElseThrow().tasks().stream().map(Manifest.Task::name).sorted().toList();
  }

  private static List<String> ids(EinitResult r) {
    return r.diagnostics().stream().map(Diagnostic::id).toList();
  }

  @Test
  void externalEntitiesStartTheSdkProgramsTheFileConnectsToAndWhatTheyNeed() throws IOException {
    EinitResult r = EinitTestFiles.check(dir, "init.yaml.in", CLIENT_OF_RAMFS, Map.of());
    assertEquals(List.of(), ids(r));
    assertEquals(List.of("app.Client", "kl.EntropyEntity", "kl.VfsRamFs"), tasks(r));
  }

  @Test
  void fileNamedWithoutInIsATemplateWhenItHoldsAMacro() throws IOException {
    EinitResult r = EinitTestFiles.check(dir, "init.yaml", CLIENT_OF_RAMFS, Map.of());
    assertEquals(List.of(), ids(r));
    assertEquals(List.of("app.Client", "kl.EntropyEntity", "kl.VfsRamFs"), tasks(r));
  }

  @Test
  void externalEntitiesGivenWithDWinOverTheDefault() throws IOException {
    EinitResult r = EinitTestFiles.check(dir, "init.yaml.in", CLIENT_OF_RAMFS, Map.of("INIT_EXTERNAL_ENTITIES", ""));
    assertEquals(List.of("EI0008"), ids(r));
  }

  @Test
  void rootFileSystemMacroDefaultsToTheRamFs() throws IOException {
    String yaml = """
        entities:
        - name: app.Client
          connections:
          - target: @ROOTFS_ENTITY@
            id: @ROOTFS_ENTITY@
        @INIT_EXTERNAL_ENTITIES@
        """;
    assertEquals(List.of("app.Client", "kl.EntropyEntity", "kl.VfsRamFs"), tasks(EinitTestFiles.check(dir,
        "init.yaml.in", yaml, Map.of())));
    assertEquals(List.of("app.Client", "kl.EntropyEntity", "kl.VfsSdCardFs", "kl.drivers.BSP",
        "kl.drivers.Bcm2711MboxArmToVc", "kl.drivers.SDCard"), tasks(EinitTestFiles.check(dir, "init.yaml.in", yaml,
        Map.of("ROOTFS_ENTITY", "kl.VfsSdCardFs"))));
  }

  @Test
  void sdkProgramStartedByTheFileIsNotStartedAgain() throws IOException {
    String yaml = CLIENT_OF_RAMFS + "- name: kl.VfsRamFs\n  path: MyRamFs\n";
    EinitResult r = EinitTestFiles.check(dir, "init.yaml.in", yaml, Map.of());
    assertEquals(List.of(), ids(r));
    assertEquals(List.of("app.Client", "kl.VfsRamFs"), tasks(r));
  }

  @Test
  void generatorExpressionIsOneDiagnosticAtTheExpression() throws IOException {
    String yaml = """
        entities:
        - name: app.Client
          path: $<TARGET_FILE_NAME:client>
        - name: app.Server
          path: $<TARGET_FILE_NAME:server>
        """;
    EinitResult r = EinitTestFiles.check(dir, "init.yaml", yaml, Map.of());
    assertEquals(List.of("EI0018"), ids(r));
    Diagnostic d = r.diagnostics().get(0);
    assertEquals(3, d.span().line());
    assertEquals("$<TARGET_FILE_NAME:client>", d.span().text());
    assertEquals(true, d.message().contains("(and 1 more)"), d.message());
  }
}
