package org.kos.cli.psl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.cli.CliTest;
import org.kos.cli.ExitCodes;
import org.w3c.dom.Document;

/** {@code kos psl test}: the report, the JUnit XML file and the exit codes. */
class PslTestCommandTest extends CliTest {
  private static final String SPEC = "../testdata/psl/spec";
  private static final String TESTS = SPEC + "/13.9-tests.psl";

  @TempDir Path dir;

  private Path flipped() throws IOException {
    Path p = dir.resolve("flipped.psl");
    Files.writeString(p, Files.readString(Path.of(TESTS)).replace("deny  \"overflow\"", "grant \"overflow\""));
    return p;
  }

  @Test
  void passingTestsExitZeroWithPassLines() {
    assertEquals(ExitCodes.OK, run("psl", "test", "-I", SPEC + "/nk", TESTS), err.toString());
    assertEquals("PASS calc access / add is allowed, huge values are not\n1 test: 1 passed, 0 failed\n",
        out.toString());
  }

  @Test
  void aFailingTestExitsOneNamingItsStep() throws IOException {
    assertEquals(ExitCodes.INPUT_ERROR, run("psl", "test", "-I", SPEC + "/nk", flipped().toString()));
    String text = out.toString();
    assertTrue(text.contains("FAIL calc access / add is allowed, huge values are not\n"), text);
    assertTrue(text.contains("flipped.psl:48, sequence step 2 \"overflow\": expected grant, got denied\n"), text);
    assertTrue(text.contains("     denied by the rule at flipped.psl:32:5\n"), text);
    assertTrue(text.endsWith("1 test: 0 passed, 1 failed\n"), text);
  }

  @Test
  void quietPrintsFailuresOnly() {
    assertEquals(ExitCodes.OK, run("psl", "test", "-q", "-I", SPEC + "/nk", TESTS));
    assertEquals("1 test: 1 passed, 0 failed\n", out.toString());
  }

  @Test
  void junitReportIsWellFormedXml() throws Exception {
    Path xml = dir.resolve("reports/pal.xml");
    Files.createDirectories(xml.getParent());
    run("psl", "test", "-I", SPEC + "/nk", "--junit", xml.toString(), flipped().toString());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document d = f.newDocumentBuilder().parse(xml.toFile());
    assertEquals(1, d.getElementsByTagName("testsuite").getLength());
    assertEquals(1, d.getElementsByTagName("failure").getLength());
    assertEquals("add is allowed, huge values are not",
        d.getElementsByTagName("testcase").item(0).getAttributes().getNamedItem("name").getNodeValue());
  }

  @Test
  void aPolicyWithErrorsRunsNothingAndExitsOne() throws IOException {
    Path p = dir.resolve("bad.psl");
    Files.writeString(p, Files.readString(Path.of(TESTS)).replace("method=Sub { grant", "method=Sbu { grant"));
    Path xml = dir.resolve("pal.xml");
    assertEquals(ExitCodes.INPUT_ERROR, run("psl", "test", "-I", SPEC + "/nk", "--junit", xml.toString(),
        p.toString()));
    assertTrue(err.toString().contains("error[PS0206]"), err.toString());
    assertTrue(err.toString().contains("no tests run"), err.toString());
    assertEquals("", out.toString());
    assertFalse(Files.exists(xml));
  }

  @Test
  void aPolicyWithoutTestsPasses() {
    assertEquals(ExitCodes.OK, run("psl", "test", "-I", SPEC + "/nk", SPEC + "/13.2-least-privilege.psl"));
    assertEquals("no tests: the policy has no 'assert' sets\n", out.toString());
  }

  @Test
  void twoPoliciesAreAUsageError() {
    assertEquals(ExitCodes.USAGE, run("psl", "test", "-I", SPEC + "/nk", SPEC + "/13.2-least-privilege.psl",
        TESTS));
  }

  @Test
  void droneStyleTestsPass() {
    assertEquals(ExitCodes.OK, run("psl", "test", "-I", "../testdata/psl/real/nk", "-I", SPEC + "/nk",
        "../testdata/psl/real/drone/pal_tests.psl"), out + "" + err);
    assertTrue(out.toString().endsWith("2 tests: 2 passed, 0 failed\n"), out.toString());
  }

  @Test
  void theGuardExamplesPolicyTestsPass() {
    assertEquals(ExitCodes.OK, run("psl", "test", "-I", "../testdata/solutions/guard/nk",
        "../testdata/solutions/guard/tests.psl"), out + "\n" + err);
    assertTrue(out.toString().contains("3 tests: 3 passed, 0 failed"), out.toString());
  }
}
