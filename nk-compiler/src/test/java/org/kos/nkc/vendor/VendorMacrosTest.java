package org.kos.nkc.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VendorMacrosTest {
  @Test
  void rootFileSystemDefaultsToTheRamFs() {
    assertEquals("kl.VfsRamFs", VendorMacros.values("id: @ROOTFS_ENTITY@", Map.of()).get("ROOTFS_ENTITY"));
  }

  @Test
  void programPathDefaultsToTheTargetName() {
    assertEquals("KlogEntity", VendorMacros.values("path: @INIT_KlogEntity_PATH@", Map.of()).get("INIT_KlogEntity_PATH"));
  }

  @Test
  void generatedConnectionsArgsAndEnvDefaultToEmpty() {
    String text = "@INIT_C_ENTITY_CONNECTIONS@ @INIT_C_ENTITY_CONNECTIONS+@ @INIT_C_ENTITY_ARGS@ @INIT_C_ENTITY_ENV+@";
    assertEquals(Set.of(""), Set.copyOf(VendorMacros.values(text, Map.of()).values()));
  }

  @Test
  void givenValueWinsEvenWhenEmpty() {
    Map<String, String> v = VendorMacros.values("@ROOTFS_ENTITY@ @X@", Map.of("ROOTFS_ENTITY", "", "X", "1"));
    assertEquals(Map.of("ROOTFS_ENTITY", "", "X", "1"), v);
  }

  @Test
  void neededProgramsAddWhatTheyAreClientsOfOnceInOrderFirstNamed() {
    List<String> names = SdkPrograms.needed(List.of("app.Server", "kl.VfsSdCardFs", "kl.drivers.UART"), Set.of())
        .stream().map(SdkPrograms.Program::className).toList();
    assertEquals(List.of("kl.VfsSdCardFs", "kl.drivers.UART", "kl.drivers.SDCard", "kl.EntropyEntity",
        "kl.drivers.BSP", "kl.drivers.Bcm2711MboxArmToVc"), names);
  }

  @Test
  void programsAlreadyStartedAreNotAddedAgain() {
    List<String> names = SdkPrograms.needed(List.of("kl.VfsRamFs"), Set.of("kl.EntropyEntity"))
        .stream().map(SdkPrograms.Program::className).toList();
    assertEquals(List.of("kl.VfsRamFs"), names);
  }

  @Test
  void entityBlocksAreIndentedToTheMacrosColumnAfterTheirFirstLine() {
    String blocks = VendorMacros.initEntities(SdkPrograms.needed(List.of("kl.VfsRamFs"), Set.of()), 2);
    assertEquals("- name: kl.VfsRamFs\n    path: VfsRamFs\n    connections:\n    - target: kl.EntropyEntity\n"
        + "      id: kl.EntropyEntity\n\n  - name: kl.EntropyEntity\n    path: Entropy\n", blocks);
  }

  @Test
  void entityBlocksCarryTheProgramsEnvironmentQuoted() {
    String blocks = VendorMacros.initEntities(List.of(SdkPrograms.of("kl.VfsNet").orElseThrow()), 0);
    assertEquals(true, blocks.contains("  env:\n    VFS_FILESYSTEM_BACKEND: \"server:kl.VfsNet\"\n"), blocks);
  }

  @Test
  void policyUsesAreOneALine() {
    assertEquals("use kl.VfsRamFs._\nuse kl.EntropyEntity._",
        VendorMacros.policyUses(SdkPrograms.needed(List.of("kl.VfsRamFs"), Set.of())));
  }

  @Test
  void programsNamedInAPolicyAreWholeClassNamesInOrder() {
    String policy = "request dst=kl.VfsNetX {}\nuse kl.VfsSdCardFs._\nmatch dst=kl.drivers.GPIO {}\nx=my.kl.VfsRamFs";
    assertEquals(List.of("kl.VfsSdCardFs", "kl.drivers.GPIO"), VendorMacros.programsNamedIn(policy));
  }
}
