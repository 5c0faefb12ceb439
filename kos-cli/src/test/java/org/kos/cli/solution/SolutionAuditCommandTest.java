package org.kos.cli.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.cli.CliTest;
import org.kos.cli.ExitCodes;

/** {@code kos solution audit}: inputs, outputs and exit codes. */
class SolutionAuditCommandTest extends CliTest {
  private static final Path TESTDATA = Path.of("..", "testdata");
  private static final Path OVERGRANT = TESTDATA.resolve("audit").resolve("overgrant");

  private int overgrant(String... more) {
    String[] args = new String[6 + more.length];
    String[] base = {"solution", "audit", "--init", OVERGRANT.resolve("init.yaml").toString(), "--policy",
        OVERGRANT.resolve("security.psl").toString()};
    System.arraycopy(base, 0, args, 0, 6);
    System.arraycopy(more, 0, args, 6, more.length);
    String[] withI = new String[args.length + 2];
    System.arraycopy(args, 0, withI, 0, args.length);
    withI[args.length] = "-I";
    withI[args.length + 1] = OVERGRANT.resolve("nk").toString();
    return run(withI);
  }

  @Test
  void jsonOfASolutionIsItsGolden() throws Exception {
    assertEquals(ExitCodes.OK, run("solution", "audit", "--json", TESTDATA.resolve("solutions/traffic-light").toString()),
        err::toString);
    assertEquals(Files.readString(TESTDATA.resolve("audit/traffic-light.json")), out.toString());
  }

  @Test
  void textOfAnInitYamlAndPolicyIsItsGolden() throws Exception {
    assertEquals(ExitCodes.OK, overgrant(), err::toString);
    assertEquals(Files.readString(TESTDATA.resolve("audit/overgrant.txt")), out.toString());
  }

  @Test
  void failOnHighExitsWithFindingsWhenThereAreHighOnes() {
    assertEquals(ExitCodes.FINDINGS, overgrant("--fail-on", "high"));
    assertFalse(out.toString().isEmpty());
  }

  @Test
  void failOnLowExitsZeroWithoutFindings() {
    assertEquals(ExitCodes.OK, run("solution", "audit", "--fail-on", "low", TESTDATA.resolve("solutions/echo").toString()));
    assertTrue(out.toString().endsWith("no findings\n"), out::toString);
  }

  @Test
  void anUnknownFailOnLevelIsAUsageError() {
    assertEquals(ExitCodes.USAGE, overgrant("--fail-on", "severe"));
  }

  @Test
  void aDirectoryAndFilesTogetherAreAUsageError() {
    assertEquals(ExitCodes.USAGE, overgrant(TESTDATA.resolve("solutions/echo").toString()));
  }

  @Test
  void errorsInThePolicyArePositionedDiagnosticsWithoutReport(@TempDir Path tmp) throws Exception {
    Path policy = tmp.resolve("security.psl");
    Files.writeString(policy, Files.readString(OVERGRANT.resolve("security.psl")).replace("method=Get", "method=Gte"));
    assertEquals(ExitCodes.INPUT_ERROR, run("solution", "audit", "--init", OVERGRANT.resolve("init.yaml").toString(),
        "--policy", policy.toString(), "-I", OVERGRANT.resolve("nk").toString()));
    assertTrue(err.toString().contains("security.psl:21:64: error[PS0206]: interface og.Store has no method 'Gte'"),
        err::toString);
    assertFalse(err.toString().contains("Exception"), err::toString);
    assertEquals("", out.toString());
  }

  @Test
  void aSolutionWithoutPolicyIsAnInputError(@TempDir Path tmp) throws Exception {
    Path echo = TESTDATA.resolve("solutions/echo");
    try (var s = Files.walk(echo)) {
      for (Path p : s.toList()) {
        Path to = tmp.resolve(echo.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else if (!p.getFileName().toString().equals("security.psl")) {
          Files.copy(p, to);
        }
      }
    }
    assertEquals(ExitCodes.INPUT_ERROR, run("solution", "audit", tmp.toString()));
    assertTrue(err.toString().contains("has no security policy"), err::toString);
  }

  @Test
  void dotWritesTheGraphBesideTheReport(@TempDir Path tmp) throws Exception {
    Path graph = tmp.resolve("audit.dot");
    assertEquals(ExitCodes.OK, overgrant("--dot", graph.toString()), err::toString);
    assertEquals(Files.readString(TESTDATA.resolve("audit/overgrant.dot")), Files.readString(graph));
    assertEquals(Files.readString(TESTDATA.resolve("audit/overgrant.txt")), out.toString());
  }

  @Test
  void htmlWritesThePageBesideTheJson(@TempDir Path tmp) throws Exception {
    Path page = tmp.resolve("audit.html");
    assertEquals(ExitCodes.OK, overgrant("--html", page.toString(), "--json"), err::toString);
    assertEquals(Files.readString(TESTDATA.resolve("audit/overgrant.html")), Files.readString(page));
    assertEquals(Files.readString(TESTDATA.resolve("audit/overgrant.json")), out.toString());
  }

  @Test
  void anUnwritableOutputIsAnIoError(@TempDir Path tmp) {
    assertEquals(ExitCodes.IO_ERROR, overgrant("--dot", tmp.resolve("no/such/dir/audit.dot").toString()));
    assertTrue(err.toString().contains("audit.dot"), err::toString);
  }
}
