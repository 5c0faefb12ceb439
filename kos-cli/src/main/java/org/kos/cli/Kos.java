package org.kos.cli;

import org.kos.cli.einit.EinitCommand;
import org.kos.cli.nk.NkCommand;
import org.kos.cli.psl.PslCommand;
import org.kos.cli.rc.RcCommand;
import org.kos.cli.romfs.RomfsCommand;
import org.kos.cli.run.RunCommand;
import org.kos.cli.scaffold.NewCommand;
import org.kos.cli.solution.SolutionCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kos} command: one entry point over every tool of the toolchain. */
@Command(
    name = "kos",
    mixinStandardHelpOptions = true,
    versionProvider = KosVersion.class,
    description = "Java SDK toolchain for KasperskyOS-style solutions.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   success",
      "  1   errors in the input (diagnostics were printed)",
      "  2   usage error (bad options or arguments)",
      "  3   I/O error (a file could not be read or written)",
      "  70  internal error (a bug: please report it)"
    })
public final class Kos extends CommandGroup {
  /** The subcommand groups by name, in the order {@code kos --help} lists them. */
  static final Map<String, Class<?>> GROUPS = groups();

  private static Map<String, Class<?>> groups() {
    Map<String, Class<?>> g = new LinkedHashMap<>();
    g.put("nk", NkCommand.class);
    g.put("psl", PslCommand.class);
    g.put("romfs", RomfsCommand.class);
    g.put("rc", RcCommand.class);
    g.put("einit", EinitCommand.class);
    g.put("solution", SolutionCommand.class);
    g.put("run", RunCommand.class);
    g.put("new", NewCommand.class);
    return g;
  }

  /** Builds the whole command line with the toolchain's exit-code conventions. */
  public static CommandLine commandLine() {
    return commandLine(GROUPS.keySet());
  }

  /**
   * The command line for one run: when the first argument names a subcommand group, only that
   * group is built. Picocli reflects over every command it is given, which costs a noticeable
   * part of a short command's start-up; anything else ({@code --help}, {@code help},
   * {@code generate-completion}, a typo) gets the whole tree, so help and suggestions are complete.
   */
  static CommandLine commandLineFor(String[] args) {
    return args.length > 0 && GROUPS.containsKey(args[0]) ? commandLine(Set.of(args[0])) : commandLine();
  }

  private static CommandLine commandLine(Set<String> groups) {
    CommandLine cl = new CommandLine(new Kos());
    GROUPS.forEach((name, type) -> {
      if (groups.contains(name)) {
        cl.addSubcommand(type);
      }
    });
    cl.addSubcommand(CommandLine.HelpCommand.class);
    CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
    completion.getCommandSpec().usageMessage().hidden(true);
    cl.addSubcommand("generate-completion", completion);
    cl.setExecutionExceptionHandler(new InternalErrorHandler());
    cl.setParameterExceptionHandler(new UsageErrorHandler());
    return cl;
  }

  public static void main(String[] args) {
    org.kos.cli.nk.NkWarmUp.startFor(args);
    System.exit(execute(commandLineFor(args), args));
  }

  /**
   * Runs {@code cl}. The NK front end's stages recurse over types, typedef chains and expressions
   * (and a YAML parser over nested collections), so an input nested thousands of levels deep
   * overflows the stack; that is a limit of the input (exit 1 with a message), not a crash to
   * print a stack trace for.
   */
  public static int execute(CommandLine cl, String... args) {
    try {
      return cl.execute(args);
    } catch (StackOverflowError e) {
      return tooDeep(cl.getErr());
    }
  }

  /** Reports an input that overflowed the stack (for entry points that run a command without picocli too). */
  public static int tooDeep(java.io.PrintWriter err) {
    err.println("kos: error: an input is nested too deeply to process (thousands of levels: "
        + "expressions, array types, typedef chains, YAML); nothing written");
    err.flush();
    return ExitCodes.INPUT_ERROR;
  }
}
