package org.kos.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.cli.CliTest;
import org.kos.cli.ExitCodes;
import org.kos.einit.Einit;
import org.kos.einit.EinitRequest;
import org.kos.einit.gen.Generator;
import org.kos.einit.javac.Javac;
import org.kos.einit.javac.Jars;
import org.kos.libkos.EntityApi;
import org.kos.romfs.ImageFormat;
import org.kos.romfs.tree.EntryOrder;
import org.kos.romfs.tree.ImageTree;
import org.kos.romfs.tree.TreeEntry;
import org.kos.romfs.write.BuildOptions;
import org.kos.romfs.write.ImageBuilder;

/**
 * {@code kos run} on images put together by hand: the generated Einit of testdata/einit/echo and
 * programs written against libkos directly (no stubs), so the run is tested apart from the build.
 */
class RunCommandTest extends CliTest {
  /** What a run of an image without a security module (all of these) says first. */
  static final String NO_POLICY =
      "kos: warning: the image has no ksm.module: no security policy is enforced, everything is allowed\n";

  @TempDir Path dir;

  static final String SERVER = """
      import org.kos.libkos.SlApi;
      import org.kos.libkos.Syscalls;
      import org.kos.nk.NkMessage;
      public final class Server {
        public static void main(String[] args) throws Exception {
          int listener = SlApi.ServiceLocatorRegister("server_connection");
          NkMessage req = new NkMessage(32);
          while (true) {
            Syscalls.Recv(listener, req, null);
            System.out.println("got " + req.getS32(24));
            NkMessage res = new NkMessage(32);
            res.reset(0, 0, 0, 32);
            res.putS32(24, req.getS32(24) + 1);
            Syscalls.Reply(listener, res, null);
          }
        }
      }
      """;

  static String client(String body) {
    return """
        import org.kos.libkos.SlApi;
        import org.kos.libkos.Syscalls;
        import org.kos.nk.NkMessage;
        public final class Client {
          public static void main(String[] args) throws Exception {
            int h = SlApi.ServiceLocatorConnect("server_connection");
            NkMessage req = new NkMessage(32);
            req.reset(0, 0, 0, 32);
            req.putS32(24, 41);
            NkMessage res = new NkMessage(32);
            Syscalls.Call(h, req, null, res, null);
            System.out.print("answer ");
            System.out.println(res.getS32(24));
            System.err.println("done");
            %s
          }
        }
        """.formatted(body);
  }

  static byte[] jar(String mainClass, String path, String source) throws Exception {
    Path runtime = Path.of(EntityApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Javac.Result r = new Javac().compile(List.of(new Javac.Source(path, source)), List.of(), List.of(runtime));
    assertTrue(r.ok(), r.messages());
    return Jars.executable(mainClass, r.classes());
  }

  static String einitSource() throws Exception {
    return new Generator().render(Generator.Output.PROGRAM, Einit.check(new EinitRequest(
        Path.of("../testdata/einit/echo/init.yaml"), List.of(Path.of("../testdata/nk")), Map.of()))
        .manifest().orElseThrow());
  }

  /** A kos image of the given files (image path to bytes). */
  Path image(Map<String, byte[]> files) throws Exception {
    ImageTree.Builder tree = ImageTree.builder(0755);
    Path staged = Files.createDirectories(dir.resolve("staged"));
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path p = staged.resolve(f.getKey());
      Files.write(p, f.getValue());
      tree.add(TreeEntry.file(f.getKey(), 0755, p, f.getValue().length, null));
    }
    Path image = dir.resolve("solution.img");
    ImageBuilder.build(tree.build(EntryOrder.BYTEWISE), ImageFormat.KOS, BuildOptions.defaults(), image);
    return image;
  }

  Path echoImage(String clientTail) throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("einit", jar("einit.Einit", "einit/Einit.java", einitSource()));
    files.put("Server", jar("Server", "Server.java", SERVER));
    files.put("Client", jar("Client", "Client.java", client(clientTail)));
    return image(files);
  }

  @Test
  void runPrintsEachProcessOutputBehindItsTaskAndExitsZeroWhenAllEndWell() throws Exception {
    Path image = echoImage("");
    assertEquals(ExitCodes.OK, run("run", image.toString()), err.toString());
    assertEquals("[echo.Server] got 41\n[Client] answer 42\n", out.toString());
    assertEquals(NO_POLICY + "[Client] done\nkos run: all 3 processes ended well\n", err.toString());
  }

  @Test
  void verboseSaysHowEveryProcessEnded() throws Exception {
    Path image = echoImage("");
    assertEquals(ExitCodes.OK, run("run", "-v", image.toString()), err.toString());
    assertTrue(err.toString().contains("kos run: Einit: exited with status 0\n"
        + "kos run: echo.Server: waiting for requests\nkos run: Client: exited with status 0\n"), err.toString());
  }

  @Test
  void aProcessThatThrowsMakesTheRunExitOne() throws Exception {
    Path image = echoImage("throw new IllegalStateException(\"broken\");");
    assertEquals(ExitCodes.INPUT_ERROR, run("run", image.toString()));
    assertTrue(err.toString().contains("kos run: Client: uncaught exception in thread Client.main: "
        + "java.lang.IllegalStateException: broken\n"), err.toString());
    assertTrue(err.toString().endsWith("kos run: 1 of 3 processes did not end well\n"), err.toString());
  }

  @Test
  void anUncaughtExceptionShowsTheProgramsFramesButNotTheKernels() throws Exception {
    Path image = echoImage("throw new IllegalStateException(\"broken\", new ArithmeticException(\"root\"));");
    assertEquals(ExitCodes.INPUT_ERROR, run("run", image.toString()));
    assertTrue(err.toString().contains("java.lang.IllegalStateException: broken\nkos run:     at Client.main(Client.java:"),
        err.toString());
    assertTrue(err.toString().contains("kos run:   Caused by: java.lang.ArithmeticException: root\n"), err.toString());
    assertFalse(err.toString().contains("org.kos.kernel"), err.toString());
  }

  @Test
  void aProcessStillBusyAtTheTimeoutMakesTheRunExit124() throws Exception {
    Path image = echoImage("Thread.sleep(60_000);");
    assertEquals(RunCommand.TIMED_OUT, run("run", "--timeout", "300ms", image.toString()));
    assertTrue(err.toString().contains("kos run: Client: still running at the timeout\n"), err.toString());
  }

  @Test
  void anImageWithoutEinitCannotBeBooted() throws Exception {
    Path image = image(Map.of("Server", jar("Server", "Server.java", SERVER)));
    assertEquals(ExitCodes.INPUT_ERROR, run("run", image.toString()));
    assertEquals(NO_POLICY + "kos run: " + image + ": cannot boot: rcResourceNotFound: no executable einit in the image\n",
        err.toString());
  }

  @Test
  void aMissingServerProgramFailsEinitWithItsMessage() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("einit", jar("einit.Einit", "einit/Einit.java", einitSource()));
    files.put("Client", jar("Client", "Client.java", client("")));
    assertEquals(ExitCodes.INPUT_ERROR, run("run", image(files).toString()));
    assertTrue(err.toString().startsWith(NO_POLICY + "[Einit] einit: Can't initialize task \"echo.Server\": "
        + "rcResourceNotFound: no executable Server in the image\nkos run: Einit: exited with status 1\n"),
        err.toString());
  }

  @Test
  void aFileThatIsNoImageIsAnInputError() throws Exception {
    Path notImage = dir.resolve("notes.txt");
    Files.writeString(notImage, "hello");
    assertEquals(ExitCodes.INPUT_ERROR, run("run", notImage.toString()));
    assertTrue(err.toString().startsWith("kos run: " + notImage + ": "), err.toString());
  }

  @Test
  void aMissingImageIsAnIoError() {
    assertEquals(ExitCodes.IO_ERROR, run("run", dir.resolve("nothing.img").toString()));
    assertEquals("kos run: " + dir.resolve("nothing.img") + ": no such file\n", err.toString());
  }

  @Test
  void aBadTimeoutIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run("run", "--timeout", "soon", "x.img"));
    assertTrue(err.toString().contains("'soon' is not a duration"), err.toString());
  }

  @Test
  void aZeroTimeoutIsAUsageErrorThatSaysItMustBePositive() {
    assertEquals(ExitCodes.USAGE, run("run", "--timeout", "0s", "x.img"));
    assertTrue(err.toString().contains("'0s' is not a positive duration"), err.toString());
  }

  /** The launcher's fast entry point (RunMain) must answer exactly as the picocli command does. */
  @Test
  void theFastEntryPointRunsAnImageAsThePicocliCommandDoes() throws Exception {
    Path image = echoImage("");
    String[] args = {"run", "-v", "--timeout", "30s", image.toString()};
    int viaPicocli = run(args);
    RunMain.Parsed p = RunMain.parse(args);
    java.io.StringWriter fastOut = new java.io.StringWriter();
    java.io.StringWriter fastErr = new java.io.StringWriter();
    int fast = RunCommand.boot(p.image, p.timeout, p.quiet, p.verbose, null, new java.io.PrintWriter(fastOut, true),
        new java.io.PrintWriter(fastErr, true));
    assertEquals(viaPicocli, fast);
    assertEquals(out.toString(), fastOut.toString());
    assertEquals(err.toString(), fastErr.toString());
  }

  @Test
  void theFastEntryPointLeavesHelpAuditAndBadTimeoutsToPicocli() {
    for (String[] args : List.of(new String[] {"run", "--help"}, new String[] {"run", "--audit", "x.img"},
        new String[] {"run", "--timeout", "0", "x.img"}, new String[] {"run", "--timeout", "soon", "x.img"},
        new String[] {"run"}, new String[] {"run", "a.img", "b.img"}, new String[] {"run", "-q", "-q", "x.img"})) {
      assertEquals(null, RunMain.parse(args), String.join(" ", args));
    }
  }
}
