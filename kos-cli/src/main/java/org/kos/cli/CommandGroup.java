package org.kos.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * A command that only groups subcommands ({@code kos}, {@code kos nk}, {@code kos rc}, ...). Run
 * without one it is a usage error, as in git: what is missing, then the group's usage (listing its
 * subcommands), on standard error, and exit 2. {@code --help} still prints the usage on standard
 * output and exits 0.
 */
public abstract class CommandGroup implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    cl.getErr().println("kos: '" + spec.qualifiedName() + "' needs a subcommand");
    cl.usage(cl.getErr());
    cl.getErr().flush();
    return ExitCodes.USAGE;
  }
}
