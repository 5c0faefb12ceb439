/**
 * Writing the files users own without ever leaving them half-written: every tool of the toolchain
 * (compiler outputs, IR, databases, images) goes through {@link org.kos.io.AtomicFiles}.
 */
package org.kos.io;
