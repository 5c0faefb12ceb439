package org.kos.cli.psl;

import org.kos.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kos psl}: security policies: check, IR, compile and test. */
@Command(
    name = "psl",
    mixinStandardHelpOptions = true,
    description = "PSL security policies: check, IR, compile, test.",
    subcommands = {PslCheckCommand.class, PslIrCommand.class, PslCompileCommand.class, PslTestCommand.class})
public final class PslCommand extends CommandGroup {
}
