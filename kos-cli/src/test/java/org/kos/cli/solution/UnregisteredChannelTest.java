package org.kos.cli.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kos.cli.ExitCodes;
import org.kos.cli.run.RunCommand;

/**
 * A server that registers its channel under another name than the client's connection id: the
 * client's Call waits for ever; kos run names the id, what was registered and the nearest name.
 */
class UnregisteredChannelTest extends SolutionCliTest {
  private static final String SERVER = "programs/Server/echo/server/PingServer.java";
  private static final String CLIENT = "programs/Client/echo/client/PingClient.java";
  private static final String EXPLAINED = "kos run: client: waits on connection \"echo\" to server, but server never "
      + "registered \"echo\" (ServiceLocatorRegister); registered: \"ehco\" (server); did you mean \"ehco\"?\n";

  private Path misspeltEcho() throws IOException {
    Path solution = copyOf("echo");
    Path server = solution.resolve(SERVER);
    Files.writeString(server, Files.readString(server).replace("ServiceLocatorRegister(\"echo\")",
        "ServiceLocatorRegister(\"ehco\")"));
    return solution;
  }

  @Test
  void aClientWaitingOnAnUnregisteredIdIsNamedAsSoonAsNothingElseCanHappen() throws IOException {
    long start = System.nanoTime();
    assertEquals(ExitCodes.INPUT_ERROR, buildAndRun(misspeltEcho()), err.toString());
    assertTrue(err.toString().contains(EXPLAINED), err.toString());
    assertTrue(err.toString().contains("kos run: client: waits on a connection no server registered\n"), err.toString());
    assertTrue(System.nanoTime() - start < 25_000_000_000L, "the run waited for its timeout");
  }

  @Test
  void aClientWaitingOnAnUnregisteredIdIsNamedAtTheTimeout() throws IOException {
    Path solution = misspeltEcho();
    Path client = solution.resolve(CLIENT);
    // A thread that sleeps (not waiting on IPC) keeps the system from being stuck: only the timeout ends it.
    Files.writeString(client, Files.readString(client).replace("    int channel = SlApi",
        "    Thread busy = new Thread(PingClient::spin);\n    busy.setDaemon(true);\n    busy.start();\n"
        + "    int channel = SlApi").replace("  private PingClient() {}",
        "  private PingClient() {}\n\n  private static void spin() {\n    try {\n      while (true) {\n"
        + "        Thread.sleep(20);\n      }\n    } catch (InterruptedException e) {\n      return;\n    }\n  }"));
    Path image = dir.resolve("x.img");
    assertEquals(ExitCodes.OK, run("solution", "build", solution.toString(), "-o", image.toString()), err.toString());
    assertEquals(RunCommand.TIMED_OUT, run("run", "--timeout", "2s", image.toString()), err.toString());
    assertTrue(err.toString().contains(EXPLAINED), err.toString());
  }

  @Test
  void aRunWhoseChannelsAreAllRegisteredSaysNothingAboutThem() throws IOException {
    assertEquals(ExitCodes.OK, buildAndRun(copyOf("echo")), err.toString());
    assertTrue(!err.toString().contains("never registered"), err.toString());
  }
}
