package org.kos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class KosTest extends CliTest {


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
    assertEquals(java.util.List.of("nk", "psl", "romfs", "rc", "einit", "solution", "run", "new", "help", "generate-completion"),
        java.util.List.copyOf(Kos.commandLineFor(new String[] {"rcc"}).getSubcommands().keySet()));
  }

  @Test
  void completionCommandStaysHiddenFromHelp() {
    assertEquals(ExitCodes.OK, run("--help"));
    assertTrue(!out.toString().contains("generate-completion"), out.toString());
  }

  @Test
  void everyGroupWithoutASubcommandPrintsItsUsageToStandardErrorAndExitsTwo() {
    for (String group : Kos.GROUPS.keySet()) {
      if (Kos.commandLine().getSubcommands().get(group).getSubcommands().isEmpty()) {
        continue; // a command of its own (kos run), not a group
      }
      assertEquals(ExitCodes.USAGE, run(group), group);
      assertEquals("", out.toString(), group);
      assertTrue(err.toString().startsWith("kos: 'kos " + group + "' needs a subcommand\nUsage: kos " + group + " "),
          err.toString());
      assertTrue(err.toString().contains("Commands:"), err.toString());
    }
  }

  @Test
  void kosWithoutArgumentsPrintsItsUsageToStandardErrorAndExitsTwo() {
    assertEquals(ExitCodes.USAGE, run());
    assertEquals("", out.toString());
    assertTrue(err.toString().contains("Usage: kos "), err.toString());
  }

  @Test
  void aGroupsHelpStillGoesToStandardOutputWithExitZero() {
    assertEquals(ExitCodes.OK, run("nk", "--help"));
    assertTrue(out.toString().startsWith("Usage: kos nk "), out.toString());
  }
}
