package org.kos.cli;

import org.kos.cli.nk.NkCommand;
import org.kos.cli.rc.RcCommand;
import org.kos.cli.romfs.RomfsCommand;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kos} command: one entry point over every tool of the toolchain. */
@Command(
    name = "kos",
    mixinStandardHelpOptions = true,
    versionProvider = KosVersion.class,
    description = "Java SDK toolchain for KasperskyOS-style solutions.",
    subcommands = {
      NkCommand.class,
      RomfsCommand.class,
      RcCommand.class,
      CommandLine.HelpCommand.class,
      AutoComplete.GenerateCompletion.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   success",
      "  1   errors in the input (diagnostics were printed)",
      "  2   usage error (bad options or arguments)",
      "  3   I/O error (a file could not be read or written)",
      "  70  internal error (a bug: please report it)"
    })
public final class Kos implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with the toolchain's exit-code conventions. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Kos());
    cl.setExecutionExceptionHandler(new InternalErrorHandler());
    cl.setParameterExceptionHandler(new UsageErrorHandler());
    cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(true);
    return cl;
  }

  public static void main(String[] args) {
    org.kos.cli.nk.NkWarmUp.startFor(args);
    System.exit(commandLine().execute(args));
  }
}
