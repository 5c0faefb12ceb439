package org.kos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --sdk VERSION} on the commands that take it (docs/sdk-versions.md). */
class SdkOptionTest extends CliTest {
  private static final Path TESTDATA = Path.of("..", "testdata");
  @TempDir Path dir;

  private Path inAfterOut() throws IOException {
    Path p = dir.resolve("a/P.idl");
    Files.createDirectories(p.getParent());
    Files.writeString(p, "package a.P\ninterface {\n    Ping(out UInt32 result, in UInt32 value);\n}\n");
    return p;
  }

  @Test
  void nkCheckWithSdk11AcceptsAnInParameterAfterOutParameters() throws IOException {
    assertEquals(ExitCodes.OK, run("nk", "check", "--sdk", "1.1", inAfterOut().toString()), err.toString());
  }

  @Test
  void nkCheckByDefaultRejectsAnInParameterAfterOutParameters() throws IOException {
    assertEquals(ExitCodes.INPUT_ERROR, run("nk", "check", inAfterOut().toString()));
    assertTrue(err.toString().contains("error[NK0504]"), err.toString());
  }

  @Test
  void aFullVendorVersionCountsByItsFirstTwoNumbers() throws IOException {
    assertEquals(ExitCodes.OK, run("nk", "check", "--sdk", "1.1.1.13", inAfterOut().toString()), err.toString());
  }

  @Test
  void anUnknownVersionIsAUsageErrorNamingTheKnownOnes() throws IOException {
    assertEquals(ExitCodes.USAGE, run("nk", "check", "--sdk", "2.0", inAfterOut().toString()));
    assertTrue(err.toString().contains("unknown SDK version '2.0' (known: 1.0, 1.1, 1.2, 1.3, 1.4)"), err.toString());
  }

  @Test
  void einitGenWithSdk11WritesThatGenerationsGoldenManifestAndProgram() throws IOException {
    assertEquals(ExitCodes.OK, run("einit", "gen", "--sdk", "1.1", "-I", TESTDATA.resolve("nk").toString(),
        "-o", dir.toString(), "--manifest", TESTDATA.resolve("einit/zoo/init.yaml").toString()), err.toString());
    Path golden = TESTDATA.resolve("einit-sdk/1.1");
    assertEquals(Files.readString(golden.resolve("einit.manifest.json")), Files.readString(dir.resolve("einit.manifest.json")));
    assertEquals(Files.readString(golden.resolve("einit/Einit.java")), Files.readString(dir.resolve("einit/Einit.java")));
  }

  @Test
  void pslCheckWithSdk11AcceptsAClassWhoseInterfaceHasAnInAfterOut() throws IOException {
    inAfterOut();
    Files.writeString(dir.resolve("a/S.edl"), "task class a.S\nendpoints {\n    p : a.P\n}\n");
    Path policy = dir.resolve("security.psl");
    Files.writeString(policy, "use nk.base._\nuse EDL Einit\nuse EDL a.S\nexecute src=Einit { grant () }\n");
    assertEquals(ExitCodes.INPUT_ERROR, run("psl", "check", "-I", dir.toString(), policy.toString()));
    assertTrue(err.toString().contains("error[NK0504]"), err.toString());
    assertEquals(ExitCodes.OK, run("psl", "check", "--sdk", "1.1", "-I", dir.toString(), policy.toString()), err.toString());
  }
}
