/** The {@code kos nk} subcommands. */
package org.kos.cli.nk;
