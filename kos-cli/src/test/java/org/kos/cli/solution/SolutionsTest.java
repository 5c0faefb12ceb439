package org.kos.cli.solution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kos.cli.ExitCodes;
import org.kos.io.AtomicFiles;

/**
 * Every example of testdata/solutions/ builds with {@code kos solution build}, boots with
 * {@code kos run}, prints exactly its {@code expected-output.txt} (regenerate on purpose with
 * {@code -Dkos.golden.update=true}) and ends well; and build errors are reported, not thrown.
 */
class SolutionsTest extends SolutionCliTest {

  static Stream<String> solutions() throws IOException {
    try (Stream<Path> s = Files.list(SOLUTIONS)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("solutions")
  void solutionBuildsBootsPrintsItsExpectedOutputAndEndsWell(String name) throws IOException {
    Path image = dir.resolve(name + ".img");
    assertEquals(ExitCodes.OK, run("solution", "build", "--build-dir", dir.resolve("build").toString(),
        SOLUTIONS.resolve(name).toString(), "-o", image.toString()),
        err.toString());
    assertEquals(ExitCodes.OK, run("run", "--timeout", "30s", image.toString()), out + "\n" + err);
    assertTrue(err.toString().endsWith("processes ended well\n"), err.toString());
    Path golden = SOLUTIONS.resolve(name).resolve("expected-output.txt");
    if (Boolean.getBoolean("kos.golden.update")) {
      AtomicFiles.write(golden, out.toString());
    }
    assertEquals(Files.readString(golden), out.toString());
  }

  @Test
  void theSameSolutionGivesTheSameImageBytes() throws IOException {
    Path first = dir.resolve("a.img");
    Path second = dir.resolve("b.img");
    // Two build directories: two builds from nothing, not one reusing the other's results.
    assertEquals(ExitCodes.OK, run("solution", "build", "--build-dir", dir.resolve("build-a").toString(),
        SOLUTIONS.resolve("echo").toString(), "-o", first.toString()));
    assertEquals(ExitCodes.OK, run("solution", "build", "--build-dir", dir.resolve("build-b").toString(),
        SOLUTIONS.resolve("echo").toString(), "-o", second.toString()));
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
  }

  @Test
  void aTaskWithoutAProgramIsAnErrorAndNoImageIsWritten() throws IOException {
    Path solution = copyOf("echo");
    Files.writeString(solution.resolve("solution.yaml"), "programs:\n  Server: {main: echo.server.PingServer}\n");
    Path image = dir.resolve("x.img");
    assertEquals(ExitCodes.INPUT_ERROR, run("solution", "build", solution.toString(), "-o", image.toString()));
    assertTrue(err.toString().contains("solution.yaml:1:1: error[EI0014]: task 'client' of init.yaml runs 'Client', "
        + "which is not among the programs (there are Server)"), err.toString());
    assertTrue(!Files.exists(image));
  }

  @Test
  void anUnknownSolutionYamlKeyIsADiagnosticWithItsLineAndASuggestion() throws IOException {
    assertSolutionYamlError("programs:\n  Server: {main: echo.server.PingServer}\n  Client: {main: echo.client.PingClient}\n"
        + "file:\n  a: b\n", "solution.yaml:4:1: error[EI0012]: unknown key 'file' in the top level of a solution.yaml; "
        + "did you mean 'files'?");
  }

  @Test
  void aProgramWithoutMainOrJarIsAMissingKeyDiagnostic() throws IOException {
    assertSolutionYamlError("programs:\n  Server: {main: echo.server.PingServer}\n  Client:\n    src: programs/Client\n",
        "solution.yaml:3:3: error[EI0005]: program 'Client' needs 'main' (the class with main(String[])) or 'jar'");
  }

  @Test
  void aProgramPathThatDoesNotExistIsADiagnosticAtThePath() throws IOException {
    assertSolutionYamlError("programs:\n  Server: {main: echo.server.PingServer}\n"
        + "  Client: {main: echo.client.PingClient, src: programs/client}\n",
        "solution.yaml:3:47: error[EI0013]: no source directory 'programs/client' in the solution directory");
  }

  @Test
  void aProgramListedTwiceIsADuplicateKeyDiagnostic() throws IOException {
    assertSolutionYamlError("programs:\n  Server: {main: echo.server.PingServer}\n  Client: {main: echo.client.PingClient}\n"
        + "  Server: {main: echo.server.PingServer}\n", "solution.yaml:4:3: error[EI0006]: 'Server' is given twice; the first is used");
  }

  @Test
  void aTabIndentedSolutionYamlIsADiagnosticAtTheTab() throws IOException {
    assertSolutionYamlError("programs:\n\tServer: {main: echo.server.PingServer}\n",
        "solution.yaml:2:1: error[EI0002]: tab used for indentation: YAML indents with spaces only");
  }

  /** Building echo with this solution.yaml exits 1 with the diagnostic (and a caret line) and writes no image. */
  private void assertSolutionYamlError(String solutionYaml, String diagnostic) throws IOException {
    Path solution = copyOf("echo");
    Files.writeString(solution.resolve("solution.yaml"), solutionYaml);
    Path image = dir.resolve("x.img");
    assertEquals(ExitCodes.INPUT_ERROR, run("solution", "build", solution.toString(), "-o", image.toString()));
    assertTrue(err.toString().contains(diagnostic + "\n"), err.toString());
    assertTrue(err.toString().contains("^"), err.toString());
    assertTrue(!err.toString().contains("Exception"), err.toString());
    assertTrue(!Files.exists(image));
  }

  @Test
  void aProgramThatDoesNotCompileShowsJavacsMessage() throws IOException {
    Path solution = copyOf("echo");
    Path client = solution.resolve("programs/Client/echo/client/PingClient.java");
    Files.writeString(client, Files.readString(client).replace("server.ping(value)", "server.pong(value)"));
    assertEquals(ExitCodes.INPUT_ERROR, run("solution", "build", solution.toString(), "-o", dir.resolve("x.img").toString()));
    assertTrue(err.toString().contains("program Client does not compile:"), err.toString());
    assertTrue(err.toString().contains("PingClient.java:19:59: error: cannot find symbol"), err.toString());
  }

  @Test
  void anInitYamlErrorIsADiagnosticWithItsLine() throws IOException {
    Path solution = copyOf("echo");
    Path init = solution.resolve("init.yaml");
    Files.writeString(init, Files.readString(init).replace("target: server", "target: sever"));
    assertEquals(ExitCodes.INPUT_ERROR, run("solution", "build", solution.toString(), "-o", dir.resolve("x.img").toString()));
    assertTrue(err.toString().contains("init.yaml:9:13: error[EI0008]: no task 'sever' to connect to"), err.toString());
  }
}
