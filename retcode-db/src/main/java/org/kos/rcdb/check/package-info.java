/**
 * {@code kos rc check}: what makes a set of definitions unsafe to use together. Each rule has a
 * stable id ({@link org.kos.rcdb.check.CheckIds}) and a page in {@code docs/errors/}; findings
 * carry the place of the definition, and notes point at the other side of a collision.
 */
package org.kos.rcdb.check;
