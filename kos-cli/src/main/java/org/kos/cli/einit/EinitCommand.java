package org.kos.cli.einit;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kos einit}: init.yaml checks and what Einit is generated from. */
@Command(
    name = "einit",
    mixinStandardHelpOptions = true,
    description = "init.yaml: check it against the interfaces, generate the Einit program, manifest and wiring graph.",
    subcommands = {EinitCheckCommand.class, EinitGenCommand.class})
public final class EinitCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
