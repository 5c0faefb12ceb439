package org.kos.kernel.ipc;

import org.kos.kernel.handles.HandleTable;
import org.kos.kernel.security.ExecuteEvent;
import org.kos.kernel.security.IpcMessageEvent.Direction;
import org.kos.nk.Arena;
import org.kos.nk.NkErrors;
import org.kos.nk.NkException;
import org.kos.nk.NkMessage;
import org.kos.nk.Transport;
import org.kos.rc.RetcodeException;

/**
 * The transport of a process to the kernel's own endpoints: every request and the kernel's response
 * pass the security monitor as messages between the process's class and {@code kl.core.Core}, as
 * on the vendor's kernel (the seed asks that access to kl.core methods be restricted by the policy).
 */
public final class KernelCallTransport implements Transport {
  private final Transport kernel;
  private final Ipc ipc;
  private final HandleTable process;
  private final int kernelSid;

  public KernelCallTransport(Transport kernel, Ipc ipc, HandleTable process, int kernelSid) {
    this.kernel = kernel;
    this.ipc = ipc;
    this.process = process;
    this.kernelSid = kernelSid;
  }

  @Override
  public void call(NkMessage request, Arena requestArena, NkMessage response, Arena responseArena)
      throws NkException {
    check(Direction.REQUEST, request, requestArena);
    kernel.call(request, requestArena, response, responseArena);
    check(Direction.RESPONSE, response, responseArena);
  }

  private void check(Direction d, NkMessage m, Arena a) throws NkException {
    try {
      ipc.checkKernelMessage(d, process, ExecuteEvent.KERNEL_CLASS, kernelSid, m, a);
    } catch (RetcodeException e) {
      throw new NkException(NkErrors.fromRetcode(e.rc()), e.getMessage());
    }
  }

  @Override
  public void recv(NkMessage request, Arena requestArena) throws NkException {
    kernel.recv(request, requestArena);
  }

  @Override
  public void reply(NkMessage response, Arena responseArena) throws NkException {
    kernel.reply(response, responseArena);
  }
}
