package org.kos.cli.nk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.cli.CliTest;
import org.kos.cli.ExitCodes;

class NkCheckCommandTest extends CliTest {
  @TempDir Path dir;


  private Path write(String rel, String text) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void readmeMainJobExitsZero() {
    assertEquals(ExitCodes.OK, run("nk", "check", "-I", "../testdata/nk", "../testdata/nk"), err.toString());
    assertTrue(err.toString().contains("files checked, no problems"), err.toString());
  }

  @Test
  void everyErrorIsPrintedWithCaretAndExitIsOne() throws IOException {
    write("a/P.idl", "package a.P\ntypedef UInt23 T;\nconst UInt8 X = 300;\n");
    assertEquals(ExitCodes.INPUT_ERROR, run("nk", "check", dir.toString()));
    String text = err.toString();
    assertTrue(text.contains("P.idl:2:9: error[NK0203]: unknown type 'UInt23'"), text);
    assertTrue(text.contains("        ^~~~~~\n"), text);
    assertTrue(text.contains("P.idl:3:17: error[NK0301]"), text);
    assertTrue(text.contains("2 errors"), text);
  }

  @Test
  void jsonGoesToStandardOutput() throws IOException {
    Path p = write("a/P.idl", "package a.P\ntypedef UInt23 T;\n");
    assertEquals(ExitCodes.INPUT_ERROR, run("nk", "check", "--json", p.toString()));
    assertTrue(out.toString().contains("\"id\" : \"NK0203\""), out.toString());
  }

  @Test
  void syntaxOnlyDoesNotLookForImports() throws IOException {
    Path p = write("a/P.idl", "package a.P\nimport vendor.Missing\ntypedef Missing T;\n");
    assertEquals(ExitCodes.OK, run("nk", "check", "--syntax-only", p.toString()));
    assertEquals(ExitCodes.INPUT_ERROR, run("nk", "check", p.toString()));
  }

  @Test
  void quietHidesWarningsAndSummary() throws IOException {
    write("a/Q.idl", "package a.Q\ntypedef UInt8 T;\n");
    Path p = write("a/P.idl", "package a.P\nimport a.Q\ntypedef UInt8 T;\n");
    assertEquals(ExitCodes.OK, run("nk", "check", "-q", p.toString()));
    assertEquals("", err.toString());
    assertEquals(ExitCodes.OK, run("nk", "check", p.toString()));
    assertTrue(err.toString().contains("warning[NK0207]"), err.toString());
  }

  @Test
  void missingFileIsAnIoErrorWithoutStackTrace() {
    assertEquals(ExitCodes.IO_ERROR, run("nk", "check", dir.resolve("Nope.idl").toString()));
    assertTrue(err.toString().startsWith("kos: error: " + dir.resolve("Nope.idl") + ": no such file or directory\n"),
        err.toString());
    assertTrue(!err.toString().contains("\tat "), err.toString());
  }

  @Test
  void fileWithAnotherExtensionIsAUsageError() throws IOException {
    Path p = write("notes.txt", "hello");
    assertEquals(ExitCodes.USAGE, run("nk", "check", p.toString()));
  }

  @Test
  void garbageInputGivesDiagnosticsNotAStackTrace() throws IOException {
    Path p = write("a/G.idl", "\u0000\u0001}}}{{{ package ;;; interface { ( ) ) <<< >>> ** ~ 0x 0o9 \"");
    assertEquals(ExitCodes.INPUT_ERROR, run("nk", "check", p.toString()));
    assertTrue(!err.toString().contains("internal error"), err.toString());
  }

  @Test
  void outputDoesNotDependOnTheOrderOfArguments() throws IOException {
    Path a = write("a/A.idl", "package a.A\ntypedef Nope1 T;\n");
    Path b = write("a/B.idl", "package a.B\ntypedef Nope2 T;\nconst UInt8 X = 999;\n");
    run("nk", "check", "--json", a.toString(), b.toString());
    String first = out.toString();
    run("nk", "check", "--json", b.toString(), a.toString());
    assertEquals(first, out.toString());
    assertTrue(first.contains("Nope1") && first.indexOf("Nope1") < first.indexOf("Nope2"), first);
  }

  @Test
  void directoryWithoutSourcesIsAUsageErrorNamingIt() {
    assertEquals(ExitCodes.USAGE, run("nk", "check", dir.toString()));
    assertTrue(err.toString().startsWith("kos: no .idl, .cdl or .edl files in " + dir + "\n"), err.toString());
  }

  @Test
  void inputNestedTooDeeplyIsOnePositionedErrorWithoutStackTrace() throws IOException {
    Path deep = write("s/Deep.idl", "package s.Deep\nconst UInt32 X = " + "(".repeat(200_000) + "1"
        + ")".repeat(200_000) + ";\n");
    assertEquals(ExitCodes.INPUT_ERROR, run("nk", "check", deep.toString()));
    assertTrue(err.toString().contains("Deep.idl:2:274: error[NK0110]: expression nested more than 256 levels deep"),
        err.toString());
    assertTrue(!err.toString().contains("\tat "), err.toString());
  }

  @Test
  void aFifoNamedLikeASourceIsAUsageErrorNotAHang() throws Exception {
    Path fifo = dir.resolve("F.idl");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo not available");
    assertEquals(ExitCodes.USAGE, run("nk", "check", fifo.toString()));
    assertTrue(err.toString().startsWith("kos: " + fifo + ": not a regular file"), err.toString());
  }
}
