package org.kos.cli.rc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.cli.ExitCodes;

/** scan, check, search, list and export over a database in a temporary directory. */
class DatabaseCommandsTest {
  private static final Path TESTDATA = Path.of("..", "testdata", "retcode");

  @TempDir Path dir;

  private Path db() {
    return dir.resolve("retcodes.json");
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  private RcCli scan(Path... roots) {
    String[] args = new String[roots.length + 4];
    args[0] = "rc";
    args[1] = "scan";
    args[2] = "--db";
    args[3] = db().toString();
    for (int i = 0; i < roots.length; i++) {
      args[i + 4] = roots[i].toString();
    }
    return RcCli.run(args);
  }

  @Test
  void scanOfTheTestdataTreeWritesTheGoldenDatabaseFileNamesAside() throws IOException {
    Path src = dir.resolve("src");
    copyTree(TESTDATA.resolve("src"), src);
    RcCli r = scan(src);
    assertEquals(ExitCodes.OK, r.exit, r.toString());
    assertEquals(Files.readString(TESTDATA.resolve("golden/retcodes.json")), Files.readString(db()));
    assertTrue(r.out().startsWith("scanned 5 files: 11 codes, 11 added or changed, 0 removed"), r.out());
  }

  @Test
  void secondScanLeavesTheDatabaseUnchanged() throws IOException {
    Path h = write("inc/a.h", "#define rcA MAKE_RETCODE(RC_CUSTOMER_TRUE, 10, 1, 1, \"a\")\n");
    scan(h.getParent());
    String first = Files.readString(db());
    RcCli r = scan(h.getParent());
    assertTrue(r.out().contains("database unchanged"), r.out());
    assertEquals(first, Files.readString(db()));
  }

  @Test
  void rescanDropsCodesWhoseDefinitionWasDeletedAndKeepsOtherRoots() throws IOException {
    write("a/a.h", "#define rcA MAKE_RETCODE(RC_CUSTOMER_TRUE, 10, 1, 1, \"a\")\n");
    write("b/b.h", "#define rcB MAKE_RETCODE(RC_CUSTOMER_TRUE, 10, 1, 2, \"b\")\n");
    scan(dir.resolve("a"));
    scan(dir.resolve("b"));
    write("a/a.h", "/* rcA is gone */\n");
    RcCli r = scan(dir.resolve("a"));
    assertTrue(r.out().contains("0 added or changed, 1 removed"), r.out());
    String text = Files.readString(db());
    assertFalse(text.contains("rcA"), text);
    assertTrue(text.contains("rcB"), text);
  }

  @Test
  void scanProblemsAreSourceDiagnosticsWithCaretAndExitOne() throws IOException {
    write("inc/a.h", "\n#define rcA MAKE_RETCODE(RC_CUSTOMER_TRUE, 10, FAC_NONE, 1, \"a\")\n");
    RcCli r = scan(dir.resolve("inc"));
    assertEquals(ExitCodes.INPUT_ERROR, r.exit, r.toString());
    assertTrue(r.err().contains("a.h:2:9: error[RC0005]: cannot evaluate the facility argument of 'rcA':"
        + " 'FAC_NONE' is not defined in the scanned sources\n"
        + "#define rcA MAKE_RETCODE(RC_CUSTOMER_TRUE, 10, FAC_NONE, 1, \"a\")\n"
        + "        ^~~\n"), r.err());
  }

  @Test
  void scanIntoADatabaseThatIsADirectoryIsAnIoErrorNamingIt() throws IOException {
    Path src = write("src/usb.h", "#define rcUsb MAKE_RETCODE(1, 5, 2, 3, \"usb\")\n");
    RcCli r = RcCli.run("rc", "scan", "--db", dir.toString(), src.getParent().toString());
    assertEquals(ExitCodes.IO_ERROR, r.exit, r.toString());
    assertEquals("kos: error: " + dir + ": is a directory, not a return-code database\n", r.err());
  }

  @Test
  void listWithADatabaseThatIsADirectorySaysSo() {
    RcCli r = RcCli.run("rc", "list", "--db", dir.toString());
    assertEquals(ExitCodes.IO_ERROR, r.exit, r.toString());
    assertTrue(r.err().startsWith("kos rc: " + dir + " is a directory; --db"), r.err());
  }

  @Test
  void scanOfAMissingDirectoryIsAnIoError() {
    RcCli r = scan(dir.resolve("nope"));
    assertEquals(ExitCodes.IO_ERROR, r.exit, r.toString());
    assertTrue(r.err().contains("no such file"), r.err());
  }

  @Test
  void scanRefusesToOverwriteAFileThatIsNotADatabase() throws IOException {
    Files.writeString(db(), "precious notes");
    write("inc/a.h", "#define rcA MAKE_RETCODE(RC_CUSTOMER_TRUE, 10, 1, 1, \"a\")\n");
    RcCli r = scan(dir.resolve("inc"));
    assertEquals(ExitCodes.INPUT_ERROR, r.exit, r.toString());
    assertEquals("precious notes", Files.readString(db()));
  }

  @Test
  void checkOfTheCollisionsTreeReportsEveryKindWithPositions() throws IOException {
    copyTree(TESTDATA.resolve("collisions"), dir.resolve("collisions"));
    RcCli r = RcCli.run("rc", "check", "--db", db().toString(), dir.resolve("collisions").toString());
    assertEquals(ExitCodes.INPUT_ERROR, r.exit, r.toString());
    String err = r.err();
    for (String expected : List.of("collide.h:4:9: error[RC0001]", "collide.h:4:9: warning[RC0003]",
        "collide.h:6:9: error[RC0001]", "other.h:1:9: error[RC0002]", "other.h:2:9: error[RC0004]",
        "note: 'rcSecurityDisallow' is a generic code of the SDK (rtl/retcode.h)", "4 errors, 1 warning")) {
      assertTrue(err.contains(expected), expected + " missing in\n" + err);
    }
    assertFalse(Files.exists(db()), "check must not write the database");
  }

  @Test
  void checkJsonListsDiagnosticsWithIds() throws IOException {
    write("inc/a.h", "#define rcA MAKE_RETCODE(RC_CUSTOMER_TRUE, 10, 1, 1, \"a\")\n"
        + "#define rcB MAKE_RETCODE(RC_CUSTOMER_TRUE, 10, 1, 1, \"b\")\n");
    RcCli r = RcCli.run("rc", "check", "--json", "--db", db().toString(), dir.resolve("inc").toString());
    assertEquals(ExitCodes.INPUT_ERROR, r.exit, r.toString());
    assertTrue(r.out().contains("\"id\" : \"RC0001\""), r.out());
    assertTrue(r.out().contains("\"line\" : 2"), r.out());
  }

  @Test
  void checkOfACleanDatabaseSaysSoAndExitsZero() throws IOException {
    write("inc/a.h", "#define rcA MAKE_RETCODE(RC_CUSTOMER_TRUE, 10, 1, 1, \"a\")\n");
    scan(dir.resolve("inc"));
    RcCli r = RcCli.run("rc", "check", "--db", db().toString());
    assertEquals(ExitCodes.OK, r.exit, r.toString());
    assertEquals("kos rc check: 1 code, no problems\n", r.out());
  }

  @Test
  void checkWithNothingToCheckIsAUsageError() {
    RcCli r = RcCli.run("rc", "check", "--db", db().toString());
    assertEquals(ExitCodes.USAGE, r.exit, r.toString());
  }

  @Test
  void decodeFindsDatabaseCodesWithSpaceAndFacilitySymbols() throws IOException {
    copyTree(TESTDATA.resolve("src"), dir.resolve("src"));
    scan(dir.resolve("src"));
    RcCli r = RcCli.run("rc", "decode", "--db", db().toString(), "rcAcmeUsbStall");
    assertEquals(ExitCodes.OK, r.exit, r.toString());
    assertEquals("0xB5010001  -1258225663  rcAcmeUsbStall  error  customer=yes  space=RC_SPACE_ACME(10)"
        + "  facility=RC_FACILITY_USB(1)  code=1  USB endpoint stalled\n", r.out());
  }

  @Test
  void searchMatchesEveryWordInDescriptionsAndNames() {
    RcCli r = RcCli.run("rc", "search", "ipc", "message");
    assertEquals(ExitCodes.OK, r.exit, r.toString());
    List<String> names = r.out().lines().map(l -> l.split("  ")[2]).toList();
    assertEquals(List.of("rcReceiveError", "rcSourceFault", "rcTargetFault", "rcTransferError"), names);
  }

  @Test
  void searchWithoutMatchExitsOne() {
    RcCli r = RcCli.run("rc", "search", "frobnication");
    assertEquals(ExitCodes.INPUT_ERROR, r.exit, r.toString());
    assertTrue(r.err().contains("no code matches frobnication"), r.err());
  }

  @Test
  void listWithoutDatabaseShowsTheTwentyNineGenericCodes() {
    RcCli r = RcCli.run("rc", "list", "--db", dir.resolve("missing-but-default.json").toString());
    // an explicitly named database that is missing is an error; the default one may be absent
    assertEquals(ExitCodes.IO_ERROR, r.exit, r.toString());
    RcCli all = RcCli.run("rc", "list");
    assertEquals(ExitCodes.OK, all.exit, all.toString());
    assertEquals(29, all.out().lines().count(), all.out());
  }

  @Test
  void listBySpaceSymbolShowsOnlyThatSpace() throws IOException {
    copyTree(TESTDATA.resolve("src"), dir.resolve("src"));
    scan(dir.resolve("src"));
    RcCli r = RcCli.run("rc", "list", "--db", db().toString(), "--space", "RC_SPACE_ACME");
    assertEquals(ExitCodes.OK, r.exit, r.toString());
    assertEquals(10, r.out().lines().count(), r.out());
    assertTrue(r.out().lines().allMatch(l -> l.contains("(10)  facility=")), r.out());
  }

  @Test
  void listOfAnUnknownSpaceIsAUsageError() {
    RcCli r = RcCli.run("rc", "list", "--space", "Nowhere");
    assertEquals(ExitCodes.USAGE, r.exit, r.toString());
    assertTrue(r.err().contains("unknown space 'Nowhere'"), r.err());
  }

  @Test
  void exportToAFileMatchesTheGoldenHeader() throws IOException {
    Path out = dir.resolve("out/retcodes.h");
    RcCli r = RcCli.run("rc", "export", "--db", TESTDATA.resolve("golden/retcodes.json").toString(),
        "--lang", "c", "-o", out.toString());
    assertEquals(ExitCodes.OK, r.exit, r.toString());
    assertEquals(Files.readString(TESTDATA.resolve("golden/retcodes.h")), Files.readString(out));
  }

  @Test
  void exportJavaToStdoutMatchesTheGoldenClass() throws IOException {
    RcCli r = RcCli.run("rc", "export", "--db", TESTDATA.resolve("golden/retcodes.json").toString(),
        "--lang", "java", "--java-class", "org.acme.Retcodes");
    assertEquals(Files.readString(TESTDATA.resolve("golden/Retcodes.java")), r.out());
  }

  @Test
  void exportWithGenericIncludesTheSdkCodes() {
    RcCli r = RcCli.run("rc", "export", "--db", db().toString() + "-absent", "--lang", "markdown", "--generic");
    assertEquals(ExitCodes.IO_ERROR, r.exit, "named database is missing");
    RcCli ok = RcCli.run("rc", "export", "--lang", "markdown", "--generic");
    assertEquals(ExitCodes.OK, ok.exit, ok.toString());
    assertTrue(ok.out().contains("| `rcSecurityDisallow` | `0x90000015` | -1879048171 |"), ok.out());
  }

  @Test
  void exportOfAnUnknownLanguageIsAUsageError() {
    RcCli r = RcCli.run("rc", "export", "--lang", "cobol");
    assertEquals(ExitCodes.USAGE, r.exit, r.toString());
    assertTrue(r.err().contains("use c, java or markdown"), r.err());
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
