/** The {@code kos romfs} subcommands. */
package org.kos.cli.romfs;
