package org.kos.cli.solution;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kos solution}: a solution directory to a bootable image. */
@Command(
    name = "solution",
    mixinStandardHelpOptions = true,
    description = "Solutions: build a solution directory into an image that kos run boots.",
    subcommands = {SolutionBuildCommand.class})
public final class SolutionCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
