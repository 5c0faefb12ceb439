/**
 * The {@code kos romfs} subcommands over romfs-builder: {@code build}, {@code ls}, {@code verify},
 * {@code extract} and {@code cat}. They parse options, map the library's outcomes to the shared
 * exit codes (a bad image or tree is 1, with the offending offset), and draw the terminal
 * progress bar.
 */
package org.kos.cli.romfs;
