package org.kos.cli.rc;

import org.kos.cli.CommandGroup;
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
public final class RcCommand extends CommandGroup {
}
