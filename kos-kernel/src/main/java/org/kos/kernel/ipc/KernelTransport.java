package org.kos.kernel.ipc;

import org.kos.kernel.handles.HandleTable;
import org.kos.nk.Arena;
import org.kos.nk.NkErrors;
import org.kos.nk.NkException;
import org.kos.nk.NkMessage;
import org.kos.nk.Transport;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * The NK transport over the kernel's IPC ({@code NkKosTransport}): a client handle for
 * {@code call}, a server or listener handle for {@code recv}/{@code reply}. Kernel return codes
 * become NK errors as the vendor's {@code KosRetcodeToNkError} maps them ({@link NkErrors#fromRetcode}); the exact code of the
 * last failure stays readable through {@link #lastRetcode()}. Like a proxy, one per thread.
 */
public final class KernelTransport implements Transport {
  private final Ipc ipc;
  private final HandleTable table;
  private final int handle;
  private final long timeoutMillis;
  private int lastRetcode = Retcode.rcOk;

  public KernelTransport(Ipc ipc, HandleTable table, int handle, long timeoutMillis) {
    this.ipc = ipc;
    this.table = table;
    this.handle = handle;
    this.timeoutMillis = timeoutMillis;
  }

  public KernelTransport(Ipc ipc, HandleTable table, int handle) {
    this(ipc, table, handle, Ipc.INFINITE);
  }

  @Override
  public void call(NkMessage request, Arena requestArena, NkMessage response, Arena responseArena)
      throws NkException {
    try {
      ipc.call(table, handle, request, requestArena, response, responseArena, timeoutMillis);
      lastRetcode = Retcode.rcOk;
    } catch (RetcodeException e) {
      throw failed(e);
    }
  }

  @Override
  public void recv(NkMessage request, Arena requestArena) throws NkException {
    try {
      ipc.recv(table, handle, request, requestArena, timeoutMillis);
      lastRetcode = Retcode.rcOk;
    } catch (RetcodeException e) {
      throw failed(e);
    }
  }

  @Override
  public void reply(NkMessage response, Arena responseArena) throws NkException {
    try {
      ipc.reply(table, handle, response, responseArena);
      lastRetcode = Retcode.rcOk;
    } catch (RetcodeException e) {
      throw failed(e);
    }
  }

  /** The kernel's return code of the last operation through this transport. */
  public int lastRetcode() {
    return lastRetcode;
  }

  private NkException failed(RetcodeException e) {
    lastRetcode = e.rc();
    return new NkException(NkErrors.fromRetcode(e.rc()), e.getMessage());
  }
}
