/** The {@code kos einit} subcommands: {@code check} and {@code gen} over einit-gen. */
package org.kos.cli.einit;
