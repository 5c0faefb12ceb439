/**
 * Writing the files users own without ever leaving them half-written, replacing what must be written
 * through (a symlink, a FIFO, a device) or leaving temporary files behind: every tool of the toolchain
 * (compiler outputs, IR, databases, images) goes through {@link org.kos.io.AtomicFiles}; and I/O errors that name their file
 * ({@link org.kos.io.FileErrors}).
 */
package org.kos.io;
