package org.kos.einit.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kos.einit.javac.Javac;
import org.kos.einit.javac.Jars;
import org.kos.kernel.Kernel;
import org.kos.kernel.task.ExitInfo;
import org.kos.kernel.task.JarProgram;
import org.kos.kernel.task.Process;
import org.kos.kernel.task.Program;
import org.kos.kernel.task.ProgramSource;
import org.kos.libkos.EntityApi;
import org.kos.libkos.SlApi;
import org.kos.libkos.TaskApi;

/**
 * The generated Einit program compiles clean against kos-runtime ({@code -Xlint:all -Werror}) for
 * every example, and on the reference kernel it starts the tasks as init.yaml says, or stops at
 * the first failed step with a message and status 1.
 */
class EinitProgramTest {
  private Kernel kernel;

  @AfterEach
  void shutdown() {
    if (kernel != null) {
      kernel.shutdown();
    }
  }

  static Path runtimeClasses() throws URISyntaxException {
    return Path.of(EntityApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  static Javac.Result compile(String example) throws IOException, URISyntaxException {
    String source = new Generator().render(Generator.Output.PROGRAM,
        ExamplesGoldenTest.check(Path.of("..", "testdata", "einit", example)).manifest().orElseThrow());
    return new Javac().compile(List.of(new Javac.Source("einit/Einit.java", source)), List.of(),
        List.of(runtimeClasses()));
  }

  static Program einit(String example) throws Exception {
    Javac.Result r = compile(example);
    assertTrue(r.ok(), r.messages());
    return JarProgram.load("einit", Jars.executable("einit.Einit", r.classes()));
  }

  @ParameterizedTest
  @MethodSource("org.kos.einit.gen.ExamplesGoldenTest#examples")
  void generatedEinitCompilesWithEveryLintWarningAnError(String example) throws Exception {
    Javac.Result r = compile(example);
    assertTrue(r.ok(), r.messages());
    assertEquals("", r.messages());
  }

  @Test
  void anInitYamlWith1500TasksGivesAnEinitThatCompiles(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("app"));
    java.nio.file.Files.writeString(dir.resolve("app/Ping.idl"), "package app.Ping\ninterface {\n    Ping(in UInt32 v);\n}\n");
    java.nio.file.Files.writeString(dir.resolve("app/Server.edl"), "task class app.Server\n\nendpoints {\n    ping : app.Ping\n}\n");
    java.nio.file.Files.writeString(dir.resolve("app/Client.edl"), "task class app.Client\n");
    StringBuilder yaml = new StringBuilder("entities:\n");
    for (int i = 0; i < 750; i++) {
      yaml.append("- name: app.Server\n  task: s").append(i).append('\n');
      yaml.append("- name: app.Client\n  task: c").append(i).append("\n  env:\n    N: \"").append(i)
          .append("\"\n  connections:\n  - target: s").append(i).append("\n    id: ping\n");
    }
    java.nio.file.Files.writeString(dir.resolve("init.yaml"), yaml);
    org.kos.einit.EinitResult checked = org.kos.einit.Einit.check(new org.kos.einit.EinitRequest(dir.resolve("init.yaml"),
        List.of(dir), java.util.Map.of()));
    String source = new Generator().render(Generator.Output.PROGRAM, checked.manifest().orElseThrow());

    Javac.Result r = new Javac().compile(List.of(new Javac.Source("einit/Einit.java", source)), List.of(),
        List.of(runtimeClasses()));

    assertTrue(r.ok(), r.messages());
    assertEquals("", r.messages());
  }

  @Test
  void einitStartsEveryTaskWithItsArgumentsEnvironmentAndChannels() throws Exception {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    Program task = args -> {
      String name = TaskApi.KnTaskGetName();
      StringBuilder line = new StringBuilder(name).append(' ').append(TaskApi.argv()).append(' ')
          .append(new java.util.TreeMap<>(TaskApi.environ()));
      if (name.equals("visitor")) {
        int lions = SlApi.ServiceLocatorConnect("lions");
        line.append(" lions riid ").append(SlApi.ServiceLocatorGetRiid(lions, "catdog.dog"));
        SlApi.ServiceLocatorConnect("CONNECTOR_CHANNEL");
        SlApi.ServiceLocatorConnect("echo");
      }
      seen.add(line.toString());
    };
    Map<String, Program> programs = new HashMap<>();
    programs.put("einit", einit("zoo"));
    for (String path : List.of("Client", "zoo-server", "ServerConnector", "Server")) {
      programs.put(path, task);
    }
    kernel = new Kernel(ProgramSource.of(programs));
    Process einit = kernel.boot("einit");
    assertEquals(ExitInfo.Reason.EXITED, einit.awaitExit(10, TimeUnit.SECONDS).reason());
    assertEquals(0, einit.exitInfo().status(), einit.exitInfo().detail());
    for (Process p : kernel.processes()) {
      ExitInfo exit = p.awaitExit(10, TimeUnit.SECONDS);
      assertEquals(0, exit.status(), p + ": " + exit.detail());
    }
    List<String> started = kernel.processes().stream().map(Process::name).toList();
    assertEquals(List.of("Einit", "echo.Server", "zoo", "keeper", "connector", "visitor"), started);
    assertTrue(seen.contains("visitor [Client, --verbose, look at: the lion] {A_FIRST=1, ZOO_HOME=/zoo} lions riid 3"),
        seen.toString());
  }

  @Test
  void aFailedStepEndsEinitWithStatusOneAndSaysWhichStep() throws Exception {
    kernel = new Kernel(ProgramSource.of(Map.of("einit", einit("echo"), "Client", args -> { })));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    ExitInfo exit;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      exit = kernel.boot("einit").awaitExit(10, TimeUnit.SECONDS);
    } finally {
      System.setErr(saved);
    }
    assertEquals(new ExitInfo(ExitInfo.Reason.EXITED, 1, ""), exit);
    assertEquals("einit: Can't initialize task \"echo.Server\": rcResourceNotFound: no executable Server in the image\n",
        err.toString(StandardCharsets.UTF_8));
    assertEquals(1, kernel.processes().size(), "nothing else was created");
  }
}
