package org.kos.cli.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kos.cli.ExitCodes;

/**
 * {@code kos solution build} writes the vendor's image order (einit, the programs in solution.yaml's
 * order, the other files, ksm.module last) and takes the SDK generation from {@code sdk:} or
 * {@code --sdk}, which wins (docs/sdk-versions.md, docs/romfs.md).
 */
class SolutionSdkAndOrderTest extends SolutionCliTest {
  private List<String> imageOrder(Path image) {
    assertEquals(ExitCodes.OK, run("romfs", "ls", "--manifest", image.toString()), err.toString());
    return out.toString().lines().filter(l -> !l.startsWith("#")).map(l -> l.split(" ")[0]).toList();
  }

  @Test
  void theImageHoldsEinitTheProgramsInSolutionOrderTheFilesThenTheSecurityModule() throws IOException {
    Path solution = copyOf("guard");
    Files.writeString(solution.resolve("motd.txt"), "hello\n");
    Files.writeString(solution.resolve("solution.yaml"), Files.readString(solution.resolve("solution.yaml"))
        + "files:\n  etc/motd: motd.txt\n");
    Path image = dir.resolve("guard.img");
    assertEquals(ExitCodes.OK, run("solution", "build", solution.toString(), "-o", image.toString()), err.toString());
    assertEquals(List.of("/einit", "/Vault", "/Client", "/etc/motd", "/ksm.module"), imageOrder(image));
  }

  private Path echoWithInAfterOut(String solutionYamlPrefix) throws IOException {
    Path solution = copyOf("echo");
    Path idl = solution.resolve("nk/echo/IPing.idl");
    Files.writeString(idl, Files.readString(idl).replace("Ping(in UInt32 value, out UInt32 result);",
        "Ping(out UInt32 result, in UInt32 value);"));
    Files.writeString(solution.resolve("solution.yaml"), solutionYamlPrefix
        + Files.readString(solution.resolve("solution.yaml")));
    return solution;
  }

  @Test
  void sdkInSolutionYamlAcceptsAnInParameterAfterOutParametersAndTheSolutionRuns() throws IOException {
    Path solution = echoWithInAfterOut("sdk: 1.1\n");
    assertEquals(ExitCodes.OK, buildAndRun(solution), out + "\n" + err);
    assertTrue(err.toString().endsWith("processes ended well\n"), err.toString());
  }

  @Test
  void withoutSdkTheNewestRulesRejectAnInParameterAfterOutParameters() throws IOException {
    Path solution = echoWithInAfterOut("");
    assertEquals(ExitCodes.INPUT_ERROR, run("solution", "build", solution.toString(), "-o", dir.resolve("x.img").toString()));
    assertTrue(err.toString().contains("error[NK0504]"), err.toString());
  }

  @Test
  void theSdkOptionWinsOverSolutionYaml() throws IOException {
    Path solution = echoWithInAfterOut("sdk: 1.1\n");
    assertEquals(ExitCodes.INPUT_ERROR, run("solution", "build", "--sdk", "1.2", solution.toString(),
        "-o", dir.resolve("x.img").toString()));
    assertTrue(err.toString().contains("error[NK0504]"), err.toString());
  }

  @Test
  void auditTakesTheSdkOptionToo() throws IOException {
    Path solution = echoWithInAfterOut("");
    assertEquals(ExitCodes.INPUT_ERROR, run("solution", "audit", solution.toString()));
    assertTrue(err.toString().contains("error[NK0504]"), err.toString());
    assertEquals(ExitCodes.OK, run("solution", "audit", "--sdk", "1.1", solution.toString()), err.toString());
  }
}
