package org.kos.cli.nk;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kos nk}: IDL/CDL/EDL compiler: check, IR and stubs. */
@Command(
    name = "nk",
    mixinStandardHelpOptions = true,
    description = "IDL/CDL/EDL compiler: check, IR and stubs.",
    subcommands = {NkCheckCommand.class, IrCommand.class, CompileCommand.class})
public final class NkCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
