package org.kos.cli.nk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.cli.CliTest;
import org.kos.cli.ExitCodes;

class CompileCommandTest extends CliTest {
  private static final String NK = "../testdata/nk";
  private static final Path GOLDEN = Path.of("../testdata/nk-java/echo");
  @TempDir Path dir;

  @Test
  void stubsOfTheSdkComponentAnEdlEmbedsAreGeneratedButNotKlCores() {
    String nk = "../testdata/sdk-solutions/env/nk";
    assertEquals(ExitCodes.OK, run("nk", "compile", "-I", nk, "-o", dir.toString(), nk), err.toString());
    assertTrue(Files.exists(dir.resolve("kl/EnvProxy.java")));
    assertTrue(Files.exists(dir.resolve("kl/EnvDispatcher.java")));
    assertFalse(Files.exists(dir.resolve("kl/core")));
  }

  @Test
  void compileWritesTheGoldenSourcesOfTheEchoExample() throws IOException {
    assertEquals(ExitCodes.OK, run("nk", "compile", "-I", NK, "-o", dir.toString(), NK + "/echo"), err.toString());
    for (String f : new String[] {"IPing.java", "IPingCodec.java", "IPingProxy.java", "IPingDispatcher.java",
        "ServerEntity.java"}) {
      assertEquals(Files.readString(GOLDEN.resolve("echo").resolve(f)), Files.readString(dir.resolve("echo/" + f)));
    }
    assertTrue(err.toString().contains("8 Java files generated"), err.toString());
  }

  @Test
  void javaPackagePrefixesEveryPackage() {
    assertEquals(ExitCodes.OK, run("nk", "compile", "-I", NK, "-o", dir.toString(), "--java-package", "com.acme",
        NK + "/echo/IPing.idl"));
    assertTrue(Files.isRegularFile(dir.resolve("com/acme/echo/IPingProxy.java")));
  }

  @Test
  void unchangedFilesAreNotRewritten() throws IOException {
    run("nk", "compile", "-I", NK, "-o", dir.toString(), NK + "/echo/IPing.idl");
    Path proxy = dir.resolve("echo/IPingProxy.java");
    Files.setLastModifiedTime(proxy, FileTime.fromMillis(1000));
    assertEquals(ExitCodes.OK, run("nk", "compile", "-I", NK, "-o", dir.toString(), NK + "/echo/IPing.idl"));
    assertEquals(1000, Files.getLastModifiedTime(proxy).toMillis());
    assertTrue(err.toString().contains("0 written, 4 unchanged"), err.toString());
  }

  @Test
  void depsFileListsTheInputsOfEveryOutput() throws IOException {
    Path deps = dir.resolve("stubs.d");
    Path out = dir.resolve("out");
    assertEquals(ExitCodes.OK, run("nk", "compile", "-I", NK, "-o", out.toString(), "--deps", deps.toString(),
        NK + "/echo/IPing.idl"));
    String rule = Files.readString(deps).lines().filter(l -> l.startsWith(out + "/echo/IPingProxy.java:"))
        .findFirst().orElseThrow();
    assertTrue(rule.endsWith("echo/IPing.idl"), rule);
  }

  @Test
  void inputErrorsExitOneAndWriteNothing() throws IOException {
    Path bad = dir.resolve("a/P.idl");
    Files.createDirectories(bad.getParent());
    Files.writeString(bad, "package a.P\ninterface { Do_It(in UInt8 x); }\n");
    Path out = dir.resolve("out");
    assertEquals(ExitCodes.INPUT_ERROR, run("nk", "compile", "-o", out.toString(), bad.toString()));
    assertTrue(err.toString().contains("error[NK0501]"), err.toString());
    assertTrue(err.toString().contains("nothing written"), err.toString());
    assertFalse(Files.exists(out));
  }

  @Test
  void namesCollidingInJavaArePositionedErrorsAndWriteNothing() throws IOException {
    Path bad = Path.of("../testdata/nk-errors/NK0701/bad");
    Path out = dir.resolve("out");
    assertEquals(ExitCodes.INPUT_ERROR, run("nk", "compile", "-I", bad.toString(), "-o", out.toString(),
        bad.resolve("app").toString()));
    assertTrue(err.toString().contains("PingComponent.idl:1:9: error[NK0701]: IDL package 'app.PingComponent'"),
        err.toString());
    assertTrue(err.toString().contains("Ping.cdl:1:11: note: CDL component 'app.Ping' first declared here"),
        err.toString());
    assertTrue(err.toString().contains("nothing written"), err.toString());
    assertFalse(Files.exists(out));
  }

  @Test
  void missingOutputDirectoryOptionIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run("nk", "compile", NK + "/echo"));
  }

  @Test
  void missingInputIsAnIoErrorWithoutStackTrace() {
    assertEquals(ExitCodes.IO_ERROR, run("nk", "compile", "-o", dir.toString(), dir.resolve("nope.idl").toString()));
    assertFalse(err.toString().contains("Exception"), err.toString());
  }

  @Test
  void javaPackageThatIsNotAJavaNameIsAUsageErrorAndWritesNothing() {
    Path out = dir.resolve("out");
    for (String bad : new String[] {"com..acme", "com.class", "1com", ""}) {
      assertEquals(ExitCodes.USAGE, run("nk", "compile", "-I", NK, "-o", out.toString(), "--java-package", bad,
          NK + "/echo/IPing.idl"), bad);
      assertTrue(err.toString().contains("is not a Java package name"), err.toString());
    }
    assertFalse(Files.exists(out));
  }

  @Test
  void outputDirectoryThatIsAFileIsAnIoErrorNamingTheOption() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "mine\n");
    assertEquals(ExitCodes.IO_ERROR, run("nk", "compile", "-I", NK, "-o", file.toString(), NK + "/echo/IPing.idl"));
    assertEquals("kos: error: -o " + file + ": not a directory\n", err.toString());
    assertEquals("mine\n", Files.readString(file));
  }

  @Test
  void depsFileThatIsADirectoryIsAnIoErrorNamingIt() throws IOException {
    Path deps = Files.createDirectory(dir.resolve("stubs.d"));
    assertEquals(ExitCodes.IO_ERROR, run("nk", "compile", "-I", NK, "-o", dir.resolve("out").toString(),
        "--deps", deps.toString(), NK + "/echo/IPing.idl"));
    assertEquals("kos: error: " + deps + ": is a directory\n", err.toString());
  }

  @Test
  void oneGeneratedFileIsCountedInTheSingular() throws IOException {
    Path idl = dir.resolve("s/E.idl");
    Files.createDirectories(idl.getParent());
    Files.writeString(idl, "package s.E\n");
    assertEquals(ExitCodes.OK, run("nk", "compile", "-o", dir.resolve("out").toString(), idl.toString()));
    assertTrue(err.toString().startsWith("1 Java file generated in "), err.toString());
  }
}
