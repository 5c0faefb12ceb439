package org.kos.rcdb.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.rcdb.Golden;
import org.kos.rcdb.catalog.GenericEntries;
import org.kos.rcdb.model.RcEntry;
import org.kos.rcdb.model.SourceRef;

class RcDatabaseFileTest {
  @TempDir Path dir;

  private static RcEntry entry(String name, int code, String file) {
    return RcEntry.defined(name, 1, 10, 1, code, null, null, "d " + name, new SourceRef(file, code, 1));
  }

  @Test
  void shippedSdkResourceIsExactlyTheGenericCodesOfKosRuntime() throws IOException {
    String fromRuntime = RcDatabaseFile.format(new RcDatabase(GenericEntries.all()));
    Golden.assertMatches(Path.of("src/main/resources" + RcDatabaseFile.SDK_RESOURCE), fromRuntime);
    assertEquals(GenericEntries.all(), RcDatabaseFile.sdk().entries());
  }

  @Test
  void formatThenParseGivesTheSameEntries() throws Exception {
    RcDatabase db = new RcDatabase(List.of(entry("rcB", 2, "b.h"), entry("rcA", 1, "a.h")));
    assertEquals(db, RcDatabaseFile.parse(RcDatabaseFile.format(db), "x"));
  }

  @Test
  void entriesAreWrittenSortedByName() {
    String text = RcDatabaseFile.format(new RcDatabase(List.of(entry("rcB", 2, "b.h"), entry("rcA", 1, "a.h"))));
    assertTrue(text.indexOf("\"rcA\"") < text.indexOf("\"rcB\""), text);
  }

  @Test
  void missingFileIsAnEmptyDatabase() throws Exception {
    assertEquals(List.of(), RcDatabaseFile.read(dir.resolve("none.json")).entries());
  }

  @Test
  void brokenJsonIsAFormatErrorWithAPosition() {
    DbFormatException e = assertThrows(DbFormatException.class, () -> RcDatabaseFile.parse("{\n  \"format\": ", "db.json"));
    assertTrue(e.getMessage().startsWith("db.json:"), e.getMessage());
  }

  @Test
  void aDatabaseThatEndsInsideAnObjectSaysWhereTheObjectOpened() {
    DbFormatException e = assertThrows(DbFormatException.class,
        () -> RcDatabaseFile.parse("{\n  \"format\": \"kos-retcodes\",\n  \"codes\": [ {", "db.json"));
    assertEquals("RC0007", DbFormatException.ID);
    assertEquals(3, e.line(), e.getMessage());
    assertEquals("malformed JSON: the file ends too early: '}' missing (opened at line 3, column 14)", e.detail());
  }

  @Test
  void aMissingKeyQuoteSaysAKeyWasExpected() {
    DbFormatException e = assertThrows(DbFormatException.class, () -> RcDatabaseFile.parse("{ format: 1 }", "db.json"));
    assertEquals("db.json:1:3: error[RC0007]: malformed JSON: expected a key in double quotes, found 'f'",
        e.getMessage());
  }

  @Test
  void malformedJsonMessagesCarryNoJacksonInternals() {
    List<String> broken = List.of("{", "{\"a\" 1}", "[1 2]", "{\"a\": tru}", "{\"a\": \"x\u0001\"}", "{\"a\": \"x",
        "{\"a\": 1,}", "{\"a\": NaN}", "{/* c */}", "{\"a\": 01}", "\u0000");
    for (String text : broken) {
      DbFormatException e = assertThrows(DbFormatException.class, () -> RcDatabaseFile.parse(text, "db.json"), text);
      for (String internal : List.of("Source:", "REDACTED", "Feature", "code ", "com.fasterxml", "Jackson", "`")) {
        assertFalse(e.getMessage().contains(internal), text + " -> " + e.getMessage());
      }
      assertTrue(e.getMessage().startsWith("db.json:1:"), text + " -> " + e.getMessage());
    }
  }

  @Test
  void otherJsonIsNotADatabase() {
    DbFormatException e = assertThrows(DbFormatException.class, () -> RcDatabaseFile.parse("{\"a\": 1}", "db.json"));
    assertTrue(e.getMessage().contains("not a return-code database"), e.getMessage());
  }

  @Test
  void valueThatIsNotHexIsRejectedWithTheEntryName() {
    String text = "{\"format\":\"kos-retcodes\",\"version\":1,\"codes\":[{\"name\":\"rcX\",\"value\":\"12\"}]}";
    DbFormatException e = assertThrows(DbFormatException.class, () -> RcDatabaseFile.parse(text, "db.json"));
    assertTrue(e.getMessage().contains("rcX"), e.getMessage());
  }

  @Test
  void negativeSourceLineIsRejectedAtItsPosition() {
    String text = "{\"format\":\"kos-retcodes\",\"version\":1,\"codes\":[{\"name\":\"rcX\",\"value\":\"0x80000001\",\n"
        + "\"source\":{\"file\":\"a.h\",\"line\":-11}}]}";
    DbFormatException e = assertThrows(DbFormatException.class, () -> RcDatabaseFile.parse(text, "db.json"));
    assertTrue(e.getMessage().contains("\"source.line\" must be a number from 0"), e.getMessage());
    assertEquals(2, e.line());
  }

  @Test
  void nullSourceColumnIsAnUnknownColumn() throws DbFormatException {
    String text = "{\"format\":\"kos-retcodes\",\"version\":1,\"codes\":[{\"name\":\"rcX\",\"value\":\"0x80000001\","
        + "\"source\":{\"file\":\"a.h\",\"line\":3,\"column\":null}}]}";
    assertEquals(0, RcDatabaseFile.parse(text, "db.json").entries().get(0).source().column());
  }

  @Test
  void mergeReplacesEntriesUnderScannedRootsAndKeepsTheRest() {
    RcDatabase db = new RcDatabase(List.of(entry("rcOld", 1, "a/x.h"), entry("rcOther", 2, "b/y.h")));
    RcDatabase merged = db.merge(List.of("a"), List.of(entry("rcNew", 3, "a/x.h")));
    assertEquals(List.of("rcNew", "rcOther"), merged.entries().stream().map(RcEntry::name).toList());
  }

  @Test
  void mergeDoesNotTreatASiblingWithACommonPrefixAsUnderTheRoot() {
    RcDatabase db = new RcDatabase(List.of(entry("rcKeep", 1, "ab/x.h")));
    assertEquals(1, db.merge(List.of("a"), List.of()).entries().size());
  }

  /** Separate JVMs, as parallel builds are: only the file lock keeps them from losing updates. */
  @Test
  void concurrentProcessesUpdatingOneDatabaseLoseNothing() throws Exception {
    Path f = dir.resolve("retcodes.json");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> builds = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      builds.add(new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
          UpdateProcess.class.getName(), f.toString(), "comp" + i, "15").inheritIO().start());
    }
    for (Process p : builds) {
      assertEquals(0, p.waitFor());
    }
    assertEquals(45, RcDatabaseFile.read(f).entries().size());
  }

  @Test
  void concurrentUpdatesOfDifferentRootsKeepEveryonesCodes() throws Exception {
    Path f = dir.resolve("retcodes.json");
    int builds = 8;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<RcDatabase>> done = new ArrayList<>();
      for (int i = 0; i < builds; i++) {
        String root = "comp" + i;
        RcEntry e = entry("rc" + root, i + 1, root + "/errors.h");
        Callable<RcDatabase> build = () -> RcDatabaseFile.update(f, db -> db.merge(List.of(root), List.of(e)));
        done.add(pool.submit(build));
      }
      for (Future<RcDatabase> d : done) {
        d.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(builds, RcDatabaseFile.read(f).entries().size());
  }
}
