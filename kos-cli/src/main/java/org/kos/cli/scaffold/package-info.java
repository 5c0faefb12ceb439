/**
 * {@code kos new}: scaffolds a solution directory, or a program inside one, from the Freemarker
 * templates of the repository's {@code templates/new/} (packaged into kos-cli's jar). Nothing is
 * ever overwritten: every file is checked before the first is written.
 */
package org.kos.cli.scaffold;
