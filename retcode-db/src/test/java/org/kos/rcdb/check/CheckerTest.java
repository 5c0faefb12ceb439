package org.kos.rcdb.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kos.rcdb.Golden;
import org.kos.rcdb.model.Finding;
import org.kos.rcdb.scan.ScanResult;
import org.kos.rcdb.scan.TreeScanner;

class CheckerTest {
  private static List<Finding> findings;

  @BeforeAll
  static void checkCollisionsTree() throws IOException {
    ScanResult r = new TreeScanner(Golden.TESTDATA).scan(List.of(Golden.TESTDATA.resolve("collisions")));
    assertEquals(List.of(), r.findings());
    findings = Checker.check(r.entries());
  }

  private static String summary(Finding f) {
    return f.id() + " " + f.at().file() + ":" + f.at().line() + ":" + f.at().column();
  }

  @Test
  void collisionsTreeGivesExactlyTheExpectedFindingsInOrder() {
    assertEquals(List.of(
        "RC0001 collisions/collide.h:4:9",
        "RC0003 collisions/collide.h:4:9",
        "RC0001 collisions/collide.h:6:9",
        "RC0002 collisions/other.h:1:9",
        "RC0004 collisions/other.h:2:9"), findings.stream().map(CheckerTest::summary).toList());
  }

  @Test
  void valueCollisionWithAGenericCodeNamesTheGenericCode() {
    Finding f = findings.get(0);
    assertTrue(f.message().contains("'rcMyDenied' has value 0x90000015, which 'rcSecurityDisallow' already has"),
        f.message());
    assertTrue(f.error());
  }

  @Test
  void valueCollisionNotePointsAtTheFirstDefinition() {
    Finding f = findings.get(2);
    assertEquals(1, f.notes().size());
    assertEquals(5, f.notes().get(0).at().line());
    assertTrue(f.notes().get(0).message().contains("rcAppA"), f.notes().get(0).message());
  }

  @Test
  void nameCollisionShowsBothValues() {
    Finding f = findings.get(3);
    assertTrue(f.message().contains("0xB5010003") && f.message().contains("0xB5010002"), f.message());
  }

  @Test
  void missingCustomerFlagIsOnlyAWarning() {
    assertFalse(findings.get(1).error());
  }

  @Test
  void tooWideFieldSaysWhichFieldAndItsRange() {
    Finding f = findings.get(4);
    assertTrue(f.message().contains("the facility of 'rcAppWide' is 200, which does not fit in 7 bits (0..127)"),
        f.message());
  }

  @Test
  void sameNameSameValueTwiceIsNotACollision() {
    ScanResult r = TreeScanner.scanTexts(Map.of(
        "a.h", "#define rcX MAKE_RETCODE(1, 10, 1, 1, \"x\")\n",
        "b.h", "#define rcX MAKE_RETCODE(1, 10, 1, 1, \"x\")\n"));
    assertEquals(List.of(), Checker.check(r.entries()));
  }

  @Test
  void cleanTreeHasNoFindings() throws IOException {
    ScanResult r = new TreeScanner(Golden.TESTDATA).scan(List.of(Golden.TESTDATA.resolve("src")));
    assertEquals(List.of(), Checker.check(r.entries()));
  }
}
