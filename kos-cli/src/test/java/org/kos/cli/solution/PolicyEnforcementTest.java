package org.kos.cli.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kos.cli.ExitCodes;

/**
 * The kernel enforces a solution's security policy end to end: a copy of an example solution with
 * its security.psl edited is built with {@code kos solution build} and booted with {@code kos run},
 * and what the programs print and how they end shows each decision (requests, responses, process
 * starts, the kernel's own start), what a refusal says, and that an image without a policy runs
 * unchecked with a warning.
 */
class PolicyEnforcementTest extends SolutionCliTest {
  /** echo's rules for the client's Ping request and the server's response, as security.psl has them. */
  private static final String PING_REQUEST =
      "match src=echo.Client, dst=echo.Server, endpoint=cserver.ping, method=Ping { grant () }";
  private static final String PING_RESPONSE =
      "match src=echo.Server, dst=echo.Client, endpoint=cserver.ping, method=Ping { grant () }";
  private static final String NO_POLICY_WARNING =
      "kos: warning: the image has no ksm.module: no security policy is enforced, everything is allowed\n";

  @Test
  void aRequestThePolicyForbidsFailsInTheClientWithSecurityDisallowAndNeverReachesTheServer() throws IOException {
    Path echo = copyOf("echo");
    editPolicy(echo, PING_REQUEST, PING_REQUEST.replace("grant ()", "assert (message.value < 3)"));

    assertEquals(ExitCodes.INPUT_ERROR, buildAndRun(echo), out + "\n" + err);

    assertTrue(out.toString().startsWith("[server] Ping(1)\n[client] Ping(1) = 2\n[server] Ping(2)\n[client] Ping(2) = 3\n"),
        out.toString());
    assertFalse(out.toString().contains("[server] Ping(3)"), "the refused request reached the server: " + out);
    assertTrue(err.toString().contains("kos run: client: uncaught exception in thread client.main: "
        + "org.kos.nk.NkException: NK_EPERM: rcSecurityDisallow: the security policy refused the request client -> server"),
        err.toString());
  }

  @Test
  void aResponseThePolicyForbidsIsHandledByTheServerButFailsTheClientsCallWithSecurityDisallow() throws IOException {
    Path echo = copyOf("echo");
    editPolicy(echo, PING_RESPONSE, PING_RESPONSE.replace("grant ()", "assert (message.result < 3)"));

    assertEquals(ExitCodes.INPUT_ERROR, buildAndRun(echo), out + "\n" + err);

    assertTrue(out.toString().contains("[server] Ping(2)\n"), "the server handled Ping(2): " + out);
    assertTrue(out.toString().contains("[client] Ping(1) = 2\n"), out.toString());
    assertFalse(out.toString().contains("[client] Ping(2)"), "the refused answer 3 reached the client: " + out);
    assertTrue(err.toString().contains("kos run: client: uncaught exception in thread client.main: "
        + "org.kos.nk.NkException: NK_EPERM: rcSecurityDisallow: the security policy refused the response server -> client"),
        err.toString());
  }

  @Test
  void aProcessStartThePolicyForbidsIsReportedByEinitAndThatProcessNeverRuns() throws IOException {
    Path echo = copyOf("echo");
    editPolicy(echo, "  match dst=echo.Client { grant () }", "");

    assertEquals(ExitCodes.INPUT_ERROR, buildAndRun(echo), out + "\n" + err);

    assertTrue(err.toString().contains("[Einit] einit: Can't run task \"client\": rcSecurityDisallow: the security "
        + "policy does not allow Einit (Einit) to start client (echo.Client): no rule of the policy is about execute "
        + "Einit -> echo.Client\n"), err.toString());
    assertTrue(err.toString().contains("kos run: client: created but never run\n"), err.toString());
    assertTrue(err.toString().contains("kos run: Einit: exited with status 1\n"), err.toString());
    assertFalse(out.toString().contains("[client]"), out.toString());
  }

  @Test
  void aPolicyThatDoesNotLetTheKernelStartFailsTheBootWithAClearMessage() throws IOException {
    Path echo = copyOf("echo");
    editPolicy(echo, "match dst=kl.core.Core { grant () }  ", "");

    assertEquals(ExitCodes.INPUT_ERROR, buildAndRun(echo), out + "\n" + err);

    assertTrue(err.toString().contains(": cannot boot: rcSecurityDisallow: the security policy does not let the kernel "
        + "start (execute src=kl.core.Core, dst=kl.core.Core): no rule of the policy is about execute kl.core.Core -> "
        + "kl.core.Core\n"), err.toString());
    assertEquals("", out.toString(), "no process ran");
  }

  @Test
  void anImageWithoutAPolicyRunsEverythingItIsAskedWithAOneLineWarning() throws IOException {
    Path guard = copyOf("guard");
    Files.delete(guard.resolve("security.psl"));

    assertEquals(ExitCodes.OK, buildAndRun(guard), out + "\n" + err);

    assertTrue(err.toString().startsWith(NO_POLICY_WARNING), err.toString());
    assertEquals(1, err.toString().split("warning", -1).length - 1, "one warning: " + err);
    assertTrue(out.toString().contains("[vault] Open(\"/etc/passwd\") = 2\n"), out.toString());
    assertTrue(out.toString().contains("[vault] Wipe(): every file erased\n"), out.toString());
    assertFalse(out.toString().contains("denied"), out.toString());
  }

  @Test
  void anImageWithAPolicyRunsWithoutTheNoPolicyWarning() throws IOException {
    assertEquals(ExitCodes.OK, buildAndRun(copyOf("echo")), out + "\n" + err);

    assertFalse(err.toString().contains("warning"), err.toString());
  }

  @Test
  void theRefusalNamesThePolicyFileAndTheLineAndColumnOfTheRuleThatDenied() throws IOException {
    Path echo = copyOf("echo");
    String rule = "assert (message.value < 3)";
    editPolicy(echo, PING_REQUEST, PING_REQUEST.replace("grant ()", rule));
    List<String> lines = Files.readAllLines(echo.resolve("security.psl"));
    int line = 0;
    while (!lines.get(line).contains(rule)) {
      line++;
    }
    int column = lines.get(line).indexOf(rule) + 1;

    buildAndRun(echo);

    assertTrue(err.toString().contains("the security policy refused the request client -> server (riid 0, mid 0): "
        + "denied by the rule at security.psl:" + (line + 1) + ":" + column + "\n"), err.toString());
  }

  /**
   * echo's policy with Mic (mandatory integrity control) instead of Base rules on IPC: Einit's start
   * of each program gives it an integrity level, and data may only flow to a level at most its
   * source's: a request carries the client's data into the server (mic.invoke, client to server), a
   * response the server's into the client (mic.call: the client's level, or its levelR, the lowest
   * level it accepts data from, at most the server's).
   */
  private static String micPolicy(String clientLevel, String serverLevel) {
    return """
        execute: kl.core.Execute
        use nk.base._
        use nk.mic._
        use EDL Einit
        use EDL kl.core.Core
        use EDL echo.Client
        use EDL echo.Server

        policy object mic : Mic { config = ["LOW", "HIGH"] }

        execute {
            match src=kl.core.Core { match dst=kl.core.Core { grant () }  match dst=Einit { grant () } }
            match src=Einit {
                match dst=echo.Server { mic.execute {image : (), target : dst_sid, level : "%s", levelR : ()} }
                match dst=echo.Client { mic.execute {image : (), target : dst_sid, level : "%s", levelR : "LOW"} }
            }
        }

        request {
            match src=echo.Client, dst=echo.Server, endpoint=cserver.ping, method=Ping {
                mic.invoke {source : src_sid, target : dst_sid}
            }
        }

        response {
            match src=echo.Server, dst=echo.Client, endpoint=cserver.ping, method=Ping {
                mic.call {source : dst_sid, target : src_sid}
            }
        }
        """.formatted(serverLevel, clientLevel);
  }

  @Test
  void aMicIntegrityViolationALowerIntegrityClientCallingAHigherIntegrityServerIsRefusedAndTheServerSeesNothing()
      throws IOException {
    Path echo = copyOf("echo");
    Files.writeString(echo.resolve("security.psl"), micPolicy("LOW", "HIGH"));

    assertEquals(ExitCodes.INPUT_ERROR, buildAndRun(echo), out + "\n" + err);

    assertFalse(out.toString().contains("[server]"), "the refused request reached the server: " + out);
    assertFalse(out.toString().contains("[client] Ping"), out.toString());
    assertTrue(err.toString().contains("kos run: client: uncaught exception in thread client.main: "
        + "org.kos.nk.NkException: NK_EPERM: rcSecurityDisallow: the security policy refused the request client -> "
        + "server (riid 0, mid 0): denied by the rule at security.psl:21:9\n"), err.toString());
  }

  @Test
  void underMicAHigherIntegrityClientCallsALowerIntegrityServerAndTakesItsAnswersThroughItsLevelR()
      throws IOException {
    Path echo = copyOf("echo");
    Files.writeString(echo.resolve("security.psl"), micPolicy("HIGH", "LOW"));

    assertEquals(ExitCodes.OK, buildAndRun(echo), out + "\n" + err);

    assertEquals("[server] Ping(1)\n[client] Ping(1) = 2\n[server] Ping(2)\n[client] Ping(2) = 3\n"
        + "[server] Ping(3)\n[client] Ping(3) = 4\n", out.toString());
  }

  @Test
  void auditPrintsALinePerAuditedDecision() throws IOException {
    Path echo = copyOf("echo");
    Files.writeString(echo.resolve("security.psl"), Files.readString(echo.resolve("security.psl"))
        + "audit profile trace = { 0 : { base : { kss : [\"granted\"] } } }\naudit default = trace 0\n");
    Path image = dir.resolve("audit.img");
    assertEquals(ExitCodes.OK, run("solution", "build", echo.toString(), "-o", image.toString()), err.toString());
    assertEquals(ExitCodes.OK, run("run", "--audit", image.toString()), out + "\n" + err);
    List<String> audit = err.toString().lines().filter(l -> l.startsWith("[audit] ")).toList();
    // 4 starts (kernel, Einit, server, client), 3 Ping requests and 3 responses, all granted by base.grant
    assertEquals(10, audit.size(), err.toString());
    assertTrue(audit.stream().anyMatch(l -> l.contains(" request echo.Client -> echo.Server cserver.ping.Ping "
        + "rule=base.grant@security.psl:")), audit.toString());
    assertTrue(audit.stream().allMatch(l -> l.endsWith(" granted event=granted")), audit.toString());
  }

  @Test
  void aSecurityInterfaceQueryIsDecidedByThePolicy() throws IOException {
    Path echo = copyOf("echo");
    Files.writeString(echo.resolve("nk/echo/IGate.idl"), "package echo.IGate\ninterface {\n    Pass(in UInt32 n);\n}\n");
    Files.writeString(echo.resolve("nk/echo/Client.edl"), "entity echo.Client\nsecurity echo.IGate\n");
    Path client = echo.resolve("programs/Client/echo/client/PingClient.java");
    Files.writeString(client, Files.readString(client).replace(
        "    int channel = SlApi.ServiceLocatorConnect(\"echo\");",
        "    echo.IGate gate = new echo.IGateProxy(Syscalls.KnSecurityTransport(), 0);\n"
            + "    for (int n : new int[] {1, 7}) {\n"
            + "      try {\n"
            + "        gate.pass(n);\n"
            + "        System.out.println(\"Pass(\" + n + \") granted\");\n"
            + "      } catch (org.kos.nk.NkException e) {\n"
            + "        System.out.println(\"Pass(\" + n + \") denied\");\n"
            + "      }\n"
            + "    }\n"
            + "    int channel = SlApi.ServiceLocatorConnect(\"echo\");"));
    Files.writeString(echo.resolve("security.psl"), Files.readString(echo.resolve("security.psl"))
        + "security src=echo.Client, method=Pass { assert (message.n < 5) }\n");

    assertEquals(ExitCodes.OK, buildAndRun(echo), out + "\n" + err);

    assertTrue(out.toString().startsWith("[client] Pass(1) granted\n[client] Pass(7) denied\n"), out.toString());
  }

  /** Replaces the one occurrence of {@code from} in the solution's security.psl. */
  private static void editPolicy(Path solution, String from, String to) throws IOException {
    Path psl = solution.resolve("security.psl");
    String text = Files.readString(psl);
    int at = text.indexOf(from);
    assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "not exactly once in security.psl: " + from);
    Files.writeString(psl, text.substring(0, at) + to + text.substring(at + from.length()));
  }
}
