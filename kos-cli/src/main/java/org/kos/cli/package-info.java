/** The {@code kos} command line: entry point, exit codes and error handling shared by subcommands. */
package org.kos.cli;
