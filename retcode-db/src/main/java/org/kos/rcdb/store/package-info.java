/**
 * The database file: JSON read and written with Jackson in a fixed key order, entries sorted, one
 * key per line, so that version control shows a change as the lines it touched. Updates take a
 * lock on a sidecar {@code .lock} file and replace the file atomically, so concurrent builds never
 * lose each other's codes and nobody reads a half-written file.
 */
package org.kos.rcdb.store;
