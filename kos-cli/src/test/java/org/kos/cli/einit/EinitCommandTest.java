package org.kos.cli.einit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.cli.CliTest;
import org.kos.cli.ExitCodes;

class EinitCommandTest extends CliTest {
  private static final String CLASSES = "../testdata/nk";
  private static final Path EXAMPLES = Path.of("../testdata/einit");
  @TempDir Path dir;

  @Test
  void genWritesTheGoldenEinitManifestAndDotFile() throws IOException {
    assertEquals(ExitCodes.OK, run("einit", "gen", "-I", CLASSES, "-o", dir.toString(), "--manifest", "--dot",
        EXAMPLES.resolve("zoo/init.yaml").toString()), err.toString());
    assertEquals(Files.readString(EXAMPLES.resolve("zoo/einit/Einit.java")),
        Files.readString(dir.resolve("einit/Einit.java")));
    assertEquals(Files.readString(EXAMPLES.resolve("zoo/einit.manifest.json")),
        Files.readString(dir.resolve("einit.manifest.json")));
    assertEquals(Files.readString(EXAMPLES.resolve("zoo/einit.dot")), Files.readString(dir.resolve("einit.dot")));
    assertEquals("", out.toString());
  }

  @Test
  void genOfATemplateTakesMacrosFromThePropertiesFile() throws IOException {
    Path example = EXAMPLES.resolve("echo-template");
    assertEquals(ExitCodes.OK, run("einit", "gen", "-I", CLASSES, "--properties",
        example.resolve("macros.properties").toString(), "-o", dir.toString(), "--manifest",
        example.resolve("init.yaml.in").toString()), err.toString());
    assertEquals(Files.readString(example.resolve("einit.manifest.json")),
        Files.readString(dir.resolve("einit.manifest.json")));
    assertFalse(Files.exists(dir.resolve("einit.dot")));
  }

  @Test
  void dashDWinsOverThePropertiesFile() throws IOException {
    Path example = EXAMPLES.resolve("echo-template");
    assertEquals(ExitCodes.OK, run("einit", "gen", "-I", CLASSES, "--properties",
        example.resolve("macros.properties").toString(), "-D", "SERVER_PATH=bin/echo", "-o", dir.toString(),
        "--manifest", example.resolve("init.yaml.in").toString()), err.toString());
    assertTrue(Files.readString(dir.resolve("einit.manifest.json")).contains("\"path\": \"bin/echo\""));
  }

  @Test
  void genOnBadInputExitsOneWithTheDiagnosticAndWritesNothing() throws IOException {
    Path yaml = dir.resolve("init.yaml");
    Files.writeString(yaml, "entities:\n- name: echo.Server\n- name: Client\n  connections:\n"
        + "  - target: echo.Sever\n    id: ping\n");
    Path out = dir.resolve("out");
    assertEquals(ExitCodes.INPUT_ERROR,
        run("einit", "gen", "-I", CLASSES, "-o", out.toString(), "--manifest", "--dot", yaml.toString()));
    assertTrue(err.toString().contains("init.yaml:5:13: error[EI0008]: no task 'echo.Sever' to connect to; "
        + "did you mean 'echo.Server'?\n  - target: echo.Sever\n            ^~~~~~~~~~\n"), err.toString());
    assertTrue(err.toString().contains("1 error; nothing written"), err.toString());
    assertFalse(Files.exists(out));
  }

  @Test
  void genLeavesNoTemporaryFilesBehind() throws IOException {
    run("einit", "gen", "-I", CLASSES, "-o", dir.toString(), "--manifest", "--dot",
        EXAMPLES.resolve("echo/init.yaml").toString());
    try (Stream<Path> files = Files.walk(dir)) {
      assertEquals(List.of("einit", "einit.dot", "einit.manifest.json", "einit/Einit.java"),
          files.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList());
    }
  }

  @Test
  void genWritesOnlyTheEinitProgramByDefault() throws IOException {
    assertEquals(ExitCodes.OK, run("einit", "gen", "-I", CLASSES, "-o", dir.toString(),
        EXAMPLES.resolve("echo/init.yaml").toString()), err.toString());
    assertEquals(Files.readString(EXAMPLES.resolve("echo/einit/Einit.java")),
        Files.readString(dir.resolve("einit/Einit.java")));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void checkOfAGoodFileSaysHowManyTasks() {
    assertEquals(ExitCodes.OK, run("einit", "check", "-I", CLASSES, EXAMPLES.resolve("echo/init.yaml").toString()));
    assertTrue(err.toString().endsWith("init.yaml: 2 tasks, no problems\n"), err.toString());
  }

  @Test
  void checkJsonPrintsDiagnosticsOnStandardOutput() throws IOException {
    Path yaml = dir.resolve("init.yaml");
    Files.writeString(yaml, "entities:\n- name: NoSuchClass\n");
    assertEquals(ExitCodes.INPUT_ERROR, run("einit", "check", "--json", "-I", CLASSES, yaml.toString()));
    assertTrue(out.toString().contains("\"id\" : \"EI0007\""), out.toString());
    assertTrue(out.toString().contains("\"line\" : 2"), out.toString());
  }

  @Test
  void missingInitYamlIsAnIoErrorWithoutAStackTrace() {
    assertEquals(ExitCodes.IO_ERROR, run("einit", "check", dir.resolve("nope.yaml").toString()));
    assertFalse(err.toString().contains("Exception"), err.toString());
  }

  @Test
  void withoutDashIClassesAreLookedUpNextToTheInitYaml() throws IOException {
    Path yaml = dir.resolve("init.yaml");
    Files.createDirectories(dir.resolve("app"));
    Files.writeString(dir.resolve("app/Solo.edl"), "task class app.Solo\n");
    Files.writeString(yaml, "entities:\n- name: app.Solo\n");
    assertEquals(ExitCodes.OK, run("einit", "check", yaml.toString()), err.toString());
  }

  @Test
  void checkOfADirectoryNamesItInTheIoError() {
    assertEquals(ExitCodes.IO_ERROR, run("einit", "check", dir.toString()));
    assertEquals("kos: error: " + dir + ": is a directory\n", err.toString());
  }

  @Test
  void syntaxErrorAtTheEndOfTheFileShowsTheLastLineWithContent() throws IOException {
    Path yaml = dir.resolve("init.yaml");
    Files.writeString(yaml, "entities:\n- name: echo.Server\n  path: [\n\n\n");
    assertEquals(ExitCodes.INPUT_ERROR, run("einit", "check", "-I", CLASSES, yaml.toString()));
    List<String> lines = err.toString().lines().toList();
    assertTrue(lines.get(0).startsWith(yaml + ":3:10: error[EI0001]: "), err.toString());
    assertEquals(List.of("  path: [", "         ^"), lines.subList(1, 3));
  }

  @Test
  void aTaskConnectedToItselfIsAWarning() throws IOException {
    Path yaml = dir.resolve("init.yaml");
    Files.createDirectories(dir.resolve("app"));
    Files.writeString(dir.resolve("app/Ping.idl"), "package app.Ping\ninterface {\n    Ping(in UInt32 v);\n}\n");
    Files.writeString(dir.resolve("app/Loop.edl"), "task class app.Loop\n\nendpoints {\n    ping : app.Ping\n}\n");
    Files.writeString(yaml, "entities:\n- name: app.Loop\n  connections:\n  - target: app.Loop\n    id: self\n");

    assertEquals(ExitCodes.OK, run("einit", "check", yaml.toString()), err.toString());

    assertTrue(err.toString().startsWith(yaml + ":4:13: warning[EI0017]: task 'app.Loop' is connected to itself"),
        err.toString());
  }
}
