package org.kos.cli.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.cli.CliTest;
import org.kos.cli.ExitCodes;

/**
 * testdata/vendor-project, laid out for the vendor's CMake (einit/src/init.yaml.in and security.psl.in
 * with the vendor build's macros, EDLs embedding kl.Vfs, kl.Env, kl.KlogStorage): every check accepts it
 * as written, through the CLI.
 */
class VendorProjectTest extends CliTest {
  private static final Path PROJECT = Path.of("..", "testdata", "vendor-project");
  private static final String EDL = PROJECT.resolve("resources/edl").toString();
  private static final String INIT = PROJECT.resolve("einit/src/init.yaml.in").toString();
  private static final String POLICY = PROJECT.resolve("einit/src/security.psl.in").toString();

  @TempDir Path dir;

  @Test
  void nkCheckAcceptsTheEdlsEmbeddingSdkComponents() {
    assertEquals(ExitCodes.OK, run("nk", "check", "-I", EDL, EDL), err.toString());
    assertEquals("", out.toString() + err.toString().replaceAll(".*no problems\\n", ""));
  }

  @Test
  void einitCheckAcceptsTheTemplateAsWritten() {
    assertEquals(ExitCodes.OK, run("einit", "check", "-I", EDL, INIT), err.toString());
    assertTrue((out.toString() + err).contains("6 tasks, no problems"), out.toString() + err);
  }

  @Test
  void pslCheckAcceptsThePolicyTemplateAsWritten() {
    assertEquals(ExitCodes.OK, run("psl", "check", "-I", EDL, POLICY), err.toString());
    assertTrue((out.toString() + err).contains("1 file checked, no problems"), out.toString() + err);
  }

  @Test
  void auditFindsNothingAtAnyLevel() {
    assertEquals(ExitCodes.OK, run("solution", "audit", "--fail-on", "low", "-I", EDL, "--init", INIT, "--policy",
        POLICY), out.toString() + err);
    assertTrue(!out.toString().contains("[PA0"), out.toString());
  }

  @Test
  void externalEntitiesStartTheRootFileSystemAndWhatItNeeds() throws IOException {
    assertEquals(ExitCodes.OK, run("einit", "gen", "-I", EDL, "-o", dir.toString(), "--manifest", INIT), err.toString());
    String manifest = Files.readString(dir.resolve("einit.manifest.json"));
    assertTrue(manifest.contains("\"task\": \"kl.VfsRamFs\""), manifest);
    assertTrue(manifest.contains("\"task\": \"kl.EntropyEntity\""), manifest);
    assertTrue(manifest.contains("\"path\": \"Logger\""), manifest);
  }

  @Test
  void dashDChangesTheRootFileSystemAndTheProgramsItNeeds() throws IOException {
    assertEquals(ExitCodes.OK, run("einit", "gen", "-I", EDL, "-D", "ROOTFS_ENTITY=kl.VfsSdCardFs", "-o",
        dir.toString(), "--manifest", INIT), err.toString());
    String manifest = Files.readString(dir.resolve("einit.manifest.json"));
    assertTrue(manifest.contains("\"task\": \"kl.VfsSdCardFs\""), manifest);
    assertTrue(manifest.contains("\"task\": \"kl.drivers.SDCard\""), manifest);
  }
}
