package org.kos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The --help of every command reads as written: no cut sentences, no paths split across lines. */
class HelpTextTest {
  private static List<CommandLine> everyCommand() {
    List<CommandLine> all = new ArrayList<>();
    collect(Kos.commandLine(), all);
    return all;
  }

  private static void collect(CommandLine cl, List<CommandLine> into) {
    into.add(cl);
    cl.getSubcommands().values().forEach(sub -> {
      if (sub.getParent() == cl && !sub.getCommandSpec().usageMessage().hidden()) {
        collect(sub, into);
      }
    });
  }

  @Test
  void everyCommandsSummaryLineIsAWholeSentence() {
    // A group lists each subcommand with the first line of its description.
    List<String> cut = new ArrayList<>();
    for (CommandLine cl : everyCommand()) {
      String[] description = cl.getCommandSpec().usageMessage().description();
      if (description.length > 0 && !description[0].endsWith(".")) {
        cut.add(cl.getCommandSpec().qualifiedName() + ": " + description[0]);
      }
    }
    assertEquals(List.of(), cut);
  }

  @Test
  void noHelpLineBreaksInsideAFileNameOrPath() {
    List<String> split = new ArrayList<>();
    for (CommandLine cl : everyCommand()) {
      String[] lines = cl.getUsageMessage().split("\n");
      for (int i = 0; i + 1 < lines.length; i++) {
        String[] words = lines[i].strip().split(" ");
        String last = words[words.length - 1];
        String next = lines[i + 1].strip();
        // "DIR/a/b/C." + "idl)" or "else ." + "/retcodes.json": picocli wraps after a dot.
        boolean cutAtADot = last.equals(".") || last.matches(".*/\\w+\\.");
        if (cutAtADot && !next.isEmpty() && (Character.isLowerCase(next.charAt(0)) || next.charAt(0) == '/')) {
          split.add(cl.getCommandSpec().qualifiedName() + ": " + lines[i].strip() + " | " + next);
        }
      }
    }
    assertEquals(List.of(), split);
  }

  @Test
  void theHelpOfEverySubcommandExitsZero() {
    for (CommandLine cl : everyCommand()) {
      List<String> args = new ArrayList<>(List.of(cl.getCommandSpec().qualifiedName().split(" ")));
      args.remove(0);
      args.add("--help");
      assertEquals(ExitCodes.OK, Kos.commandLine().setOut(new java.io.PrintWriter(new java.io.StringWriter()))
          .execute(args.toArray(String[]::new)), String.join(" ", args));
    }
    assertTrue(everyCommand().size() > 10);
  }

  @Test
  void everyCommandThatRunsSomethingListsItsExitCodes() {
    List<String> missing = new ArrayList<>();
    for (CommandLine cl : everyCommand()) {
      boolean runs = cl.getSubcommands().isEmpty() && !(cl.getCommand() instanceof CommandLine.HelpCommand);
      if (runs && !cl.getUsageMessage().contains("Exit codes:")) {
        missing.add(cl.getCommandSpec().qualifiedName());
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyExitCodeFitsOnOneLine() {
    List<String> wrapped = new ArrayList<>();
    for (CommandLine cl : everyCommand()) {
      String usage = cl.getUsageMessage();
      int at = usage.indexOf("Exit codes:\n");
      if (at >= 0) {
        usage.substring(at + "Exit codes:\n".length()).lines()
            .filter(l -> !l.isEmpty() && !l.matches("  \\d+ +\\S.*"))
            .forEach(l -> wrapped.add(cl.getCommandSpec().qualifiedName() + ": " + l));
      }
    }
    assertEquals(List.of(), wrapped);
  }

  @Test
  void theRcGroupListsItsExitCodes() {
    String help = Kos.commandLine().getSubcommands().get("rc").getUsageMessage();
    assertTrue(help.contains("Exit codes") && help.contains("  70  internal error"), help);
  }
}
