package org.kos.cli.scaffold;

import org.kos.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kos new}: a new solution, or a new program in one. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Scaffold a solution directory that builds and runs as it is, or add a program to one.",
    subcommands = {NewSolutionCommand.class, NewProgramCommand.class})
public final class NewCommand extends CommandGroup {
}
