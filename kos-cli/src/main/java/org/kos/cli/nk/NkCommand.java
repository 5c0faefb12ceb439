package org.kos.cli.nk;

import org.kos.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kos nk}: IDL/CDL/EDL compiler: check, IR and stubs. */
@Command(
    name = "nk",
    mixinStandardHelpOptions = true,
    description = "IDL/CDL/EDL compiler: check, IR and stubs.",
    subcommands = {NkCheckCommand.class, IrCommand.class, CompileCommand.class})
public final class NkCommand extends CommandGroup {
}
