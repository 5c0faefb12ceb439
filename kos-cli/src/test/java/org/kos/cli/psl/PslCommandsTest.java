package org.kos.cli.psl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.cli.CliTest;
import org.kos.cli.ExitCodes;

/** {@code kos psl check} and {@code kos psl ir}: exit codes and outputs as documented. */
class PslCommandsTest extends CliTest {
  private static final String SPEC = "../testdata/psl/spec";

  @TempDir Path dir;

  @Test
  void cleanPolicyExitsZeroWithASummary() {
    assertEquals(ExitCodes.OK, run("psl", "check", "-I", SPEC + "/nk", SPEC + "/13.2-least-privilege.psl"),
        err.toString());
    assertTrue(err.toString().contains("1 file checked, no problems"), err.toString());
  }

  @Test
  void errorsArePrintedWithCaretAndExitIsOne() throws IOException {
    Path p = dir.resolve("security.psl");
    Files.writeString(p, Files.readString(Path.of(SPEC, "13.4-flow-lifecycle.psl")).replace("method=Start",
        "method=Strat"));
    assertEquals(ExitCodes.INPUT_ERROR, run("psl", "check", "-I", SPEC + "/nk", p.toString()));
    String text = err.toString();
    assertTrue(text.contains("security.psl:35:55: error[PS0206]: interface demo.IControl has no method 'Strat'; "
        + "did you mean 'Start'?"), text);
    assertTrue(text.contains("^~~~~\n"), text);
  }

  @Test
  void jsonGoesToStandardOutput() throws IOException {
    Path p = dir.resolve("security.psl");
    Files.writeString(p, "request { grant () }\n");
    assertEquals(ExitCodes.INPUT_ERROR, run("psl", "check", "--json", p.toString()));
    assertTrue(out.toString().contains("\"id\" : \"PS0208\""), out.toString());
  }

  @Test
  void syntaxOnlyDoesNotReadFragmentsOrClasses() throws IOException {
    Path p = dir.resolve("security.psl");
    Files.writeString(p, "use vendor.missing._\nuse EDL vendor.Missing\n");
    assertEquals(ExitCodes.OK, run("psl", "check", "--syntax-only", p.toString()), err.toString());
    assertEquals(ExitCodes.INPUT_ERROR, run("psl", "check", p.toString()));
  }

  @Test
  void notAPolicyFileIsAUsageError() throws IOException {
    Path p = dir.resolve("x.idl");
    Files.writeString(p, "package x\n");
    assertEquals(ExitCodes.USAGE, run("psl", "check", p.toString()));
  }

  @Test
  void missingFileIsAnIoError() {
    assertEquals(ExitCodes.IO_ERROR, run("psl", "check", dir.resolve("nope.psl").toString()));
  }

  @Test
  void macrosComeFromTheCommandLine() throws IOException {
    Path p = dir.resolve("security.psl.in");
    Files.writeString(p, "use nk.base._\nuse EDL Einit\nuse EDL demo.@WHO@\nexecute src=Einit { grant () }\n");
    assertEquals(ExitCodes.OK, run("psl", "check", "-I", SPEC + "/nk", "-D", "WHO=Client", p.toString()),
        err.toString());
  }

  @Test
  void irIsWrittenAtomicallyToTheOutputFile() throws IOException {
    Path ir = dir.resolve("policy.ir.json");
    assertEquals(ExitCodes.OK, run("psl", "ir", "-I", SPEC + "/nk", "-o", ir.toString(),
        SPEC + "/13.4-flow-lifecycle.psl"), err.toString());
    assertTrue(Files.readString(ir).startsWith("{\n  \"format\": \"kos-psl-ir\",\n  \"irVersion\": 1,"));
  }

  @Test
  void irWritesNothingWhenThePolicyHasErrors() throws IOException {
    Path p = dir.resolve("security.psl");
    Files.writeString(p, "request { grant () }\n");
    Path ir = dir.resolve("policy.ir.json");
    assertEquals(ExitCodes.INPUT_ERROR, run("psl", "ir", "-o", ir.toString(), p.toString()));
    assertFalse(Files.exists(ir));
    assertTrue(err.toString().contains("nothing written"), err.toString());
  }

  @Test
  void irOfTwoPoliciesIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run("psl", "ir", "-I", SPEC + "/nk", SPEC + "/13.2-least-privilege.psl",
        SPEC + "/13.3-parameters.psl"));
  }
}
