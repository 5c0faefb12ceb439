package org.kos.cli.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kos.cli.ExitCodes;

/**
 * Problems with a program found while building it point at the program's line of solution.yaml
 * (EI0022), and solution.yaml's {@code javac:} changes how programs are compiled.
 */
class ProgramBuildErrorsTest extends SolutionCliTest {
  private static final String CLIENT = "programs/Client/echo/client/PingClient.java";

  private int build(Path solution) {
    return run("solution", "build", solution.toString(), "-o", dir.resolve("x.img").toString());
  }

  /** echo, whose client declares a raw List: a warning of -Xlint:all, an error with -Werror. */
  private Path echoWithARawType(String solutionYaml) throws IOException {
    Path solution = copyOf("echo");
    Path client = solution.resolve(CLIENT);
    Files.writeString(client, Files.readString(client).replace("    int count = Integer.parseInt(args[0]);",
        "    java.util.List raw = new java.util.ArrayList<String>();\n    int count = Integer.parseInt(args[0]) + raw.size();"));
    Files.writeString(solution.resolve("solution.yaml"), solutionYaml);
    return solution;
  }

  @Test
  void aWrongMainClassIsReportedAtItsLineWithTheNearestClass() throws IOException {
    Path solution = copyOf("echo");
    Path yaml = solution.resolve("solution.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("main: echo.client.PingClient", "main: echo.client.PingClent"));
    assertEquals(ExitCodes.INPUT_ERROR, build(solution));
    assertTrue(err.toString().contains("solution.yaml:6:11: error[EI0022]: program 'Client': no class "
        + "echo.client.PingClent among its sources; did you mean 'echo.client.PingClient'?\n"
        + "    main: echo.client.PingClent\n          ^~~~~~~~~~~~~~~~~~~~~\n"), err.toString());
  }

  @Test
  void aProgramThatDoesNotCompileIsReportedAtItsKeyBeforeJavacsMessages() throws IOException {
    Path solution = copyOf("echo");
    Path client = solution.resolve(CLIENT);
    Files.writeString(client, Files.readString(client).replace("server.ping(value)", "server.pong(value)"));
    assertEquals(ExitCodes.INPUT_ERROR, build(solution));
    String e = err.toString();
    assertTrue(e.contains("solution.yaml:5:3: error[EI0022]: program 'Client' does not compile; javac's messages follow\n"
        + "  Client:\n  ^~~~~~\n"), e);
    assertTrue(e.indexOf("EI0022") < e.indexOf("PingClient.java:19:59: error: cannot find symbol"), e);
  }

  @Test
  void everyProgramThatDoesNotCompileIsReportedByOneBuild() throws IOException {
    Path solution = copyOf("echo");
    Path client = solution.resolve(CLIENT);
    Files.writeString(client, Files.readString(client).replace("server.ping(value)", "server.pong(value)"));
    Path server = solution.resolve("programs/Server/echo/server/PingServer.java");
    Files.writeString(server, Files.readString(server).replace("implements IPing {", "implements IPing { int x = \"no\";"));
    assertEquals(ExitCodes.INPUT_ERROR, build(solution));
    String e = err.toString();
    assertTrue(e.contains("error[EI0022]: program 'Client' does not compile"), e);
    assertTrue(e.contains("error[EI0022]: program 'Server' does not compile"), e);
    assertTrue(e.contains("program Client does not compile:") && e.contains("program Server does not compile:"), e);
  }

  @Test
  void aSourceDirectoryWithoutJavaFilesIsReportedAtSrc() throws IOException {
    Path solution = copyOf("echo");
    Files.createDirectories(solution.resolve("empty"));
    Files.writeString(solution.resolve("solution.yaml"),
        "programs:\n  Server:\n    main: echo.server.PingServer\n  Client:\n    main: echo.client.PingClient\n    src: empty\n");
    assertEquals(ExitCodes.INPUT_ERROR, build(solution));
    assertTrue(err.toString().contains("solution.yaml:6:10: error[EI0022]: program 'Client' has no .java files under "),
        err.toString());
  }

  @Test
  void warningsAreErrorsByDefault() throws IOException {
    Path solution = echoWithARawType(
        "programs:\n  Server: {main: echo.server.PingServer}\n  Client: {main: echo.client.PingClient}\n");
    assertEquals(ExitCodes.INPUT_ERROR, build(solution));
    assertTrue(err.toString().contains("warnings found and -Werror specified"), err.toString());
  }

  @Test
  void removingWerrorForOneProgramLetsItBuildAndRun() throws IOException {
    Path solution = echoWithARawType("programs:\n  Server: {main: echo.server.PingServer}\n"
        + "  Client:\n    main: echo.client.PingClient\n    javac: {remove: [-Werror]}\n");
    assertEquals(ExitCodes.OK, buildAndRun(solution), err.toString());
  }

  @Test
  void theSolutionsJavacOptionsApplyToEveryProgram() throws IOException {
    Path solution = echoWithARawType("javac:\n  add: [-Xlint:-rawtypes]\n"
        + "programs:\n  Server: {main: echo.server.PingServer}\n  Client: {main: echo.client.PingClient}\n");
    assertEquals(ExitCodes.OK, build(solution), err.toString());
  }
}
