/**
 * The reference kernel: {@link org.kos.kernel.Kernel} wires one system together (handles, IPC,
 * service locator, processes, the security monitor seam). Each concern has a package of its own:
 * {@code handles}, {@code notice}, {@code ipc}, {@code task}, {@code sl}, {@code security}.
 * Behaviour and the kl.core method table are described in docs/kernel.md.
 */
package org.kos.kernel;
