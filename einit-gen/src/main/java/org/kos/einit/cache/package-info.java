/**
 * The build directory of {@code kos solution build}: compiled stubs, programs' classes and jars
 * kept under content hashes of their inputs, so that a rebuild compiles only what changed
 * (docs/solutions.md, "Incremental builds").
 */
package org.kos.einit.cache;
