package org.kos.cli.romfs;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kos romfs}: ROMFS images: build, ls, verify, extract, cat. */
@Command(name = "romfs", mixinStandardHelpOptions = true,
    description = "ROMFS images: build, ls, verify, extract, cat.",
    subcommands = {BuildCommand.class, LsCommand.class, VerifyCommand.class, ExtractCommand.class, CatCommand.class})
public final class RomfsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
