package org.kos.cli.nk;

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

class IrCommandTest extends CliTest {
  private static final String SHOP = "../testdata/ir/shop/";
  @TempDir Path dir;

  @Test
  void irOfADirectoryGoesToStandardOutputAndMatchesTheGolden() throws IOException {
    assertEquals(ExitCodes.OK, run("nk", "ir", "-I", "../testdata/ir", "../testdata/ir"), err.toString());
    assertEquals(Files.readString(Path.of("../testdata/ir/shop.ir.json")), out.toString());
  }

  @Test
  void outputIsTheSameWhateverTheOrderOfTheFiles() {
    run("nk", "ir", "-I", "../testdata/ir", SHOP + "Types.idl", SHOP + "Server.edl", SHOP + "Kiosk.edl");
    String first = out.toString();
    assertEquals(ExitCodes.OK,
        run("nk", "ir", "-I", "../testdata/ir", SHOP + "Kiosk.edl", SHOP + "Server.edl", SHOP + "Types.idl"));
    assertEquals(first, out.toString());
  }

  @Test
  void dashOWritesTheFileAndNothingToStandardOutput() throws IOException {
    Path target = dir.resolve("ir/shop.json");
    assertEquals(ExitCodes.OK, run("nk", "ir", "-I", "../testdata/ir", "-o", target.toString(), "../testdata/ir"));
    assertEquals("", out.toString());
    assertEquals(Files.readString(Path.of("../testdata/ir/shop.ir.json")), Files.readString(target));
  }

  @Test
  void inputErrorsAreReportedExitOneAndLeaveTheOutputFileAlone() throws IOException {
    Path bad = dir.resolve("a/P.idl");
    Files.createDirectories(bad.getParent());
    Files.writeString(bad, "package a.P\ninterface { Do_It(in UInt8 x); }\n");
    Path target = dir.resolve("old.json");
    Files.writeString(target, "previous\n");
    assertEquals(ExitCodes.INPUT_ERROR, run("nk", "ir", "-o", target.toString(), bad.toString()));
    assertTrue(err.toString().contains("P.idl:2:13: error[NK0501]"), err.toString());
    assertTrue(err.toString().contains("no IR written"), err.toString());
    assertEquals("previous\n", Files.readString(target));
    assertEquals("", out.toString());
  }

  @Test
  void missingIncludeDirectoryIsAnIoError() {
    assertEquals(ExitCodes.IO_ERROR, run("nk", "ir", "-I", dir.resolve("nope").toString(), "../testdata/ir"));
    assertFalse(err.toString().contains("Exception"), err.toString());
  }

  @Test
  void noFilesIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run("nk", "ir"));
  }

  @Test
  void outputFileThatIsADirectoryIsAnIoErrorNamingIt() throws IOException {
    Path out = Files.createDirectory(dir.resolve("shop.ir.json"));
    assertEquals(ExitCodes.IO_ERROR, run("nk", "ir", "-I", "../testdata/ir", "-o", out.toString(), "../testdata/ir"));
    assertEquals("kos: error: " + out + ": is a directory\n", err.toString());
  }
}
