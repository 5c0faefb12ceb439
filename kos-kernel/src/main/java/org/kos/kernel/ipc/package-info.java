/**
 * IPC: channels (client ends, channel groups behind listener handles), the Call/Recv/Reply system
 * calls with structural checks, handle translation and security-monitor checks on every message,
 * and {@link org.kos.kernel.ipc.KernelTransport}, the {@code org.kos.nk.Transport} that generated
 * proxies and dispatchers run over.
 */
package org.kos.kernel.ipc;
