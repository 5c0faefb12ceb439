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
    },
    footerHeading = "%nExit codes (each command's help says what they mean for it):%n",
    footer = {"  0   success", "  1   the input (a code, the sources, the database) has a problem", "  2   usage error",
        "  3   a file could not be read or written", "  70  internal error (please report it)"})
public final class RcCommand extends CommandGroup {
}
