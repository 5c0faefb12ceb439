package org.kos.cli.rc;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kos rc}: Return codes: decode, search, list, scan, check, export. */
@Command(name = "rc", mixinStandardHelpOptions = true,
    description = "Return codes: decode, search, list, scan, check, export.",
    subcommands = {
      DecodeCommand.class,
      SearchCommand.class,
      ListCommand.class,
      ScanCommand.class,
      CheckCommand.class,
      ExportCommand.class
    })
public final class RcCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
