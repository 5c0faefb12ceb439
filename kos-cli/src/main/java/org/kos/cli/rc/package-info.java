/**
 * The {@code kos rc} subcommands over retcode-db: decode, search, list, scan, check, export.
 * {@code decode} loads nothing it does not need (no JSON library, no templates, no database file
 * unless one exists), so it starts as fast as the JVM does; findings become source diagnostics
 * rendered by nk-compiler's {@code org.kos.nkc.diag}, converted here so that retcode-db stays
 * independent of the compiler.
 */
package org.kos.cli.rc;
