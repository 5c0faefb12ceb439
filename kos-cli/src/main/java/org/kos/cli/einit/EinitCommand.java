package org.kos.cli.einit;

import org.kos.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kos einit}: init.yaml checks and what Einit is generated from. */
@Command(
    name = "einit",
    mixinStandardHelpOptions = true,
    description = "init.yaml: check it against the interfaces, generate the Einit program, manifest and wiring graph.",
    subcommands = {EinitCheckCommand.class, EinitGenCommand.class})
public final class EinitCommand extends CommandGroup {
}
