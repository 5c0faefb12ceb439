package org.kos.cli.psl;

import org.kos.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kos psl}: security policies: check and IR. */
@Command(
    name = "psl",
    mixinStandardHelpOptions = true,
    description = "PSL security policies: check, IR, compile.",
    subcommands = {PslCheckCommand.class, PslIrCommand.class, PslCompileCommand.class})
public final class PslCommand extends CommandGroup {
}
