package org.kos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class KosTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Kos.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void helpListsSubcommandsAndExitCodes() {
    assertEquals(ExitCodes.OK, run("--help"));
    assertTrue(out.toString().contains("nk"), out.toString());
    assertTrue(out.toString().contains("70  internal error"), out.toString());
  }

  @Test
  void unknownOptionIsUsageErrorWithExitTwo() {
    assertEquals(ExitCodes.USAGE, run("--frobnicate"));
    assertTrue(err.toString().contains("Unknown option"), err.toString());
    assertTrue(err.toString().contains("kos --help"), err.toString());
  }

  @Test
  void unknownSubcommandSuggestsTheClosestOne() {
    assertEquals(ExitCodes.USAGE, run("rcc"));
    assertTrue(err.toString().contains("rc"), err.toString());
  }

  @Test
  void groupNamesAreTheNamesTheGroupCommandsDeclare() {
    Kos.GROUPS.forEach((name, type) ->
        assertEquals(name, type.getAnnotation(CommandLine.Command.class).name()));
  }

  @Test
  void aRunOfOneGroupBuildsOnlyThatGroup() {
    assertEquals(java.util.Set.of("nk", "help", "generate-completion"),
        Kos.commandLineFor(new String[] {"nk", "check", "x.idl"}).getSubcommands().keySet());
  }

  @Test
  void helpAndUnknownCommandsGetTheWholeTree() {
    assertEquals(Kos.commandLine().getSubcommands().keySet(),
        Kos.commandLineFor(new String[] {"--help"}).getSubcommands().keySet());
    assertEquals(java.util.List.of("nk", "romfs", "rc", "help", "generate-completion"),
        java.util.List.copyOf(Kos.commandLineFor(new String[] {"rcc"}).getSubcommands().keySet()));
  }

  @Test
  void completionCommandStaysHiddenFromHelp() {
    assertEquals(ExitCodes.OK, run("--help"));
    assertTrue(!out.toString().contains("generate-completion"), out.toString());
  }
}
