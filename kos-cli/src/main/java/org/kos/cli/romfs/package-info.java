/**
 * The {@code kos romfs} subcommands over romfs-builder: {@code build}, {@code ls}, {@code verify},
 * {@code extract} and {@code cat}. They parse options, map the library's outcomes to the shared
 * exit codes (a bad image or tree is 1, with the offending offset), and draw the terminal
 * progress bar. {@code build} has two entry points over one option model ({@code BuildArguments})
 * and one run ({@code BuildRun}): the picocli command, and {@code BuildMain}, which the launcher
 * uses so that a build does not pay for building picocli's command tree.
 */
package org.kos.cli.romfs;
