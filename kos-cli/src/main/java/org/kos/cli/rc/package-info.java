/** The {@code kos rc} subcommands. */
package org.kos.cli.rc;
