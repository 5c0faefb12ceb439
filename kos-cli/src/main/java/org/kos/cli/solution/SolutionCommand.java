package org.kos.cli.solution;

import org.kos.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kos solution}: a solution directory to a bootable image. */
@Command(
    name = "solution",
    mixinStandardHelpOptions = true,
    description = "Solutions: build a solution directory into an image that kos run boots; audit what its policy grants.",
    subcommands = {SolutionBuildCommand.class, SolutionAuditCommand.class})
public final class SolutionCommand extends CommandGroup {
}
