package org.kos.kernel.ipc;

import org.kos.kernel.handles.HandleTable;
import org.kos.nk.Arena;
import org.kos.nk.NkErrors;
import org.kos.nk.NkException;
import org.kos.nk.NkMessage;
import org.kos.nk.Transport;
import org.kos.rc.RetcodeException;

/**
 * The transport a generated proxy of a process's own security interface talks through
 * ({@code KnSecurityCheck}): the request goes to the security module as a {@code security} event;
 * "granted" is an empty response, "denied" fails the call with rcSecurityDisallow. Security
 * interface methods have no out parameters, so the empty response is all the proxy expects.
 */
public final class SecurityQueryTransport implements Transport {
  private final Ipc ipc;
  private final HandleTable process;

  public SecurityQueryTransport(Ipc ipc, HandleTable process) {
    this.ipc = ipc;
    this.process = process;
  }

  @Override
  public void call(NkMessage request, Arena requestArena, NkMessage response, Arena responseArena)
      throws NkException {
    try {
      ipc.checkSecurityQuery(process, request, requestArena);
    } catch (RetcodeException e) {
      throw new NkException(NkErrors.fromRetcode(e.rc()), e.getMessage());
    }
    response.reset(request.riid(), request.mid(), 0, NkMessage.HEADER_SIZE);
    if (responseArena != null) {
      responseArena.reset();
    }
  }

  @Override
  public void recv(NkMessage request, Arena requestArena) throws NkException {
    throw new NkException(NkErrors.NK_ENOTCONN, "the security module answers calls only");
  }

  @Override
  public void reply(NkMessage response, Arena responseArena) throws NkException {
    throw new NkException(NkErrors.NK_ENOTCONN, "the security module answers calls only");
  }
}
