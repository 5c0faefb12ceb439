/**
 * Compiling and packing Java in process: {@link org.kos.einit.javac.Javac} runs the platform's
 * compiler (javax.tools) on sources from memory and from disk with classes kept in memory, and
 * {@link org.kos.einit.javac.Jars} packs classes into deterministic executable jars, the programs
 * of a solution image.
 */
package org.kos.einit.javac;
