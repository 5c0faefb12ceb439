package org.kos.cli.romfs;

import org.kos.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kos romfs}: ROMFS images: build, ls, verify, extract, cat. */
@Command(name = "romfs", mixinStandardHelpOptions = true,
    description = "ROMFS images: build, ls, verify, extract, cat.",
    subcommands = {BuildCommand.class, LsCommand.class, VerifyCommand.class, ExtractCommand.class, CatCommand.class})
public final class RomfsCommand extends CommandGroup {
}
