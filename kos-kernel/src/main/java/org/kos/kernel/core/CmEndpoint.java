package org.kos.kernel.core;

import kl.core.CM;
import org.kos.kernel.cm.ConnectionManager;
import org.kos.kernel.handles.HandleTable;
import org.kos.libkos.Ocap;
import org.kos.nk.HandleDesc;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/** kl.core.CM over the kernel's {@link ConnectionManager}. */
public final class CmEndpoint {
  public CM.ConnectOut connect(String server, String service, long msecs) throws RetcodeException {
    int[] r = Callers.kernel().connectionManager().connect(Callers.process(), server, service, msecs);
    return new CM.ConnectOut(HandleDesc.of(r[0], Ocap.OCAP_IPC_CLIENT), r[1], Retcode.rcOk);
  }

  public CM.ListenOut listen(String filter, long msecs) throws RetcodeException {
    ConnectionManager.Pending p = Callers.kernel().connectionManager().listen(Callers.process(), msecs);
    return new CM.ListenOut(p.client(), p.service(), Retcode.rcOk);
  }

  public int drop(String client, String service) throws RetcodeException {
    Callers.kernel().connectionManager().drop(Callers.process(), client, service);
    return Retcode.rcOk;
  }

  public CM.AcceptOut accept(String client, String service, int id, HandleDesc listener) throws RetcodeException {
    int h = Callers.kernel().connectionManager().accept(Callers.process(), client, service, id, listener.getHandle());
    HandleTable table = Callers.process().table();
    return new CM.AcceptOut(HandleDesc.of(h, Callers.kernel().handles().rights(table, h)), Retcode.rcOk);
  }
}
