/**
 * Writing the files users own without ever leaving them half-written: every tool of the toolchain
 * (compiler outputs, IR, databases, images) goes through {@link org.kos.io.AtomicFiles}; and I/O errors that name their file
 * ({@link org.kos.io.FileErrors}).
 */
package org.kos.io;
