/**
 * Files of the kos distribution generated from the commands' picocli model at build time (so they
 * cannot drift from the commands): the bash/zsh completion script and the man pages.
 */
package org.kos.cli.dist;
