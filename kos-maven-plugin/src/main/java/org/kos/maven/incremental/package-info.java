/**
 * Incremental builds: the state file under {@code target/} recording what the last successful run
 * read (content hashes of the inputs and of every file looked up on the search path, found or not)
 * and wrote (each output's hash), and the check that nothing of it changed since.
 */
package org.kos.maven.incremental;
