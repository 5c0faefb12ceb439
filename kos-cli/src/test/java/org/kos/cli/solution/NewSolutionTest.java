package org.kos.cli.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kos.cli.ExitCodes;
import org.kos.cli.scaffold.TemplateNames;

/** {@code kos new solution}: every template gives a solution that builds and runs as it is. */
class NewSolutionTest extends SolutionCliTest {
  static Stream<String> templates() {
    return StreamSupport.stream(new TemplateNames().spliterator(), false);
  }

  @Test
  void thereIsMoreThanOneTemplateAndEchoIsOne() {
    assertTrue(templates().count() > 1);
    assertTrue(templates().anyMatch("echo"::equals));
  }

  @ParameterizedTest
  @MethodSource("templates")
  void eachTemplateScaffoldsASolutionThatBuildsAndRunsCleanly(String template) throws Exception {
    Path sol = dir.resolve("demo");
    assertEquals(ExitCodes.OK, run("new", "solution", "demo", "--template", template, "-o", sol.toString()), err.toString());
    assertTrue(out.toString().contains("kos solution build"), out.toString());
    assertEquals(ExitCodes.OK, buildAndRun(sol), out + "\n" + err);
    assertTrue(out.toString().contains("] "), "the programs printed something: " + out);
  }

  @ParameterizedTest
  @MethodSource("templates")
  void aProgramAddedToEachTemplateBuildsAndRuns(String template) throws Exception {
    Path sol = dir.resolve("demo");
    assertEquals(ExitCodes.OK, run("new", "solution", "demo", "-t", template, "-o", sol.toString()), err.toString());
    assertEquals(ExitCodes.OK, run("new", "program", "logger", "-C", sol.toString()), err.toString());
    assertTrue(Files.isRegularFile(sol.resolve("nk/demo/Logger.edl")));
    assertTrue(Files.isRegularFile(sol.resolve("programs/Logger/demo/logger/Logger.java")));
    assertEquals(ExitCodes.OK, buildAndRun(sol), out + "\n" + err);
    assertTrue(out.toString().contains("[logger] logger: started"), out.toString());
  }

  @Test
  void theClientServerTemplateShowsAnErrorReturnAndACallThePolicyRefuses() throws Exception {
    Path sol = dir.resolve("shop");
    assertEquals(ExitCodes.OK, run("new", "solution", "shop", "-t", "client-server", "-o", sol.toString()), err.toString());
    assertEquals(ExitCodes.OK, buildAndRun(sol), out + "\n" + err);
    String lines = out.toString();
    assertTrue(lines.contains("[client] Get(1) = 10\n"), lines);
    assertTrue(lines.contains("[client] Get(3) failed: missing key 3\n"), lines);
    assertTrue(lines.contains("[client] Clear() refused: ") && lines.contains("rcSecurityDisallow"), lines);
    assertFalse(lines.contains("[server] Clear()"), "the refused call never reached the server: " + lines);
  }

  @Test
  void echoIsTheDefaultTemplate() throws Exception {
    Path sol = dir.resolve("d");
    assertEquals(ExitCodes.OK, run("new", "solution", "demo", "-o", sol.toString()), err.toString());
    assertTrue(Files.isRegularFile(sol.resolve("nk/demo/IPing.idl")));
  }

  @Test
  void anExistingFileIsNeverOverwrittenAndNothingIsWritten() throws Exception {
    Path sol = dir.resolve("demo");
    Files.createDirectories(sol);
    Files.writeString(sol.resolve("init.yaml"), "mine\n");
    assertEquals(ExitCodes.INPUT_ERROR, run("new", "solution", "demo", "-o", sol.toString()));
    assertTrue(err.toString().contains(sol.resolve("init.yaml") + ": error[NW0002]: already exists"), err.toString());
    assertEquals("mine\n", Files.readString(sol.resolve("init.yaml")));
    assertFalse(Files.exists(sol.resolve("solution.yaml")), "nothing else was written");
  }

  @Test
  void aBadNameIsAUsageErrorWithACaretUnderTheFirstBadCharacter() {
    assertEquals(ExitCodes.USAGE, run("new", "solution", "my-app", "-o", dir.resolve("x").toString()));
    assertEquals("NAME:1:3: error[NW0001]: 'my-app' is not a valid solution name: a solution name holds only "
        + "lowercase letters and digits\nmy-app\n  ^\n", err.toString());
    assertFalse(Files.exists(dir.resolve("x")));
  }

  @Test
  void anUppercaseNameGetsALowercaseSuggestion() {
    assertEquals(ExitCodes.USAGE, run("new", "program", "Logger", "-C", dir.toString()));
    assertTrue(err.toString().contains("did you mean 'logger'?"), err.toString());
  }

  @Test
  void anUnknownTemplateIsAUsageErrorListingTheTemplates() {
    assertEquals(ExitCodes.USAGE, run("new", "solution", "demo", "-t", "nope", "-o", dir.resolve("x").toString()));
    assertTrue(err.toString().contains("unknown template 'nope' (echo, hello, client-server)"), err.toString());
  }

  @Test
  void newProgramOutsideASolutionSaysSo() {
    assertEquals(ExitCodes.INPUT_ERROR, run("new", "program", "logger", "-C", dir.toString()));
    assertTrue(err.toString().contains("error[NW0003]: not a solution directory"), err.toString());
  }

  @Test
  void aProgramNameThatIsTakenPointsAtItsSolutionYamlLineAndChangesNothing() throws Exception {
    Path sol = dir.resolve("demo");
    assertEquals(ExitCodes.OK, run("new", "solution", "demo", "-o", sol.toString()), err.toString());
    String before = Files.readString(sol.resolve("solution.yaml"));
    assertEquals(ExitCodes.INPUT_ERROR, run("new", "program", "server", "-C", sol.toString()));
    assertTrue(err.toString().contains(sol.resolve("solution.yaml") + ":3:3: error[NW0004]: solution.yaml already has a program 'Server'"),
        err.toString());
    assertTrue(err.toString().contains("error[NW0004]: init.yaml already has a task 'server'"), err.toString());
    assertEquals(before, Files.readString(sol.resolve("solution.yaml")));
  }

  @Test
  void aSolutionYamlWithoutAProgramsBlockIsReportedNotGuessed() throws Exception {
    Path sol = dir.resolve("demo");
    assertEquals(ExitCodes.OK, run("new", "solution", "demo", "-o", sol.toString()), err.toString());
    Files.writeString(sol.resolve("solution.yaml"), "programs: {Server: {main: demo.server.PingServer}, Client: {main: demo.client.PingClient}}\n");
    assertEquals(ExitCodes.INPUT_ERROR, run("new", "program", "logger", "-C", sol.toString()));
    assertTrue(err.toString().contains("error[NW0005]: no block-style 'programs:'"), err.toString());
    assertFalse(Files.exists(sol.resolve("nk/demo/Logger.edl")));
  }
}
