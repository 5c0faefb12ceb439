package org.kos.kernel.core;

import kl.core.VMM;
import org.kos.kernel.vmm.VirtualMemory;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/** kl.core.VMM over the caller's {@link VirtualMemory}: page states and protection, no MDL buffers. */
public final class VmmEndpoint {
  public VMM.AllocateOut allocate(long addr, long size, int flags) throws RetcodeException {
    return new VMM.AllocateOut(Callers.process().memory().allocate(addr, size, flags), Retcode.rcOk);
  }

  public int commit(long va, long size, int flags) throws RetcodeException {
    Callers.process().memory().commit(va, size);
    return Retcode.rcOk;
  }

  public int decommit(long va, long size) throws RetcodeException {
    Callers.process().memory().decommit(va, size);
    return Retcode.rcOk;
  }

  public int protect(long va, long size, int flags) throws RetcodeException {
    Callers.process().memory().protect(va, size, flags);
    return Retcode.rcOk;
  }

  public int free(long va, long size) throws RetcodeException {
    Callers.process().memory().free(va, size);
    return Retcode.rcOk;
  }

  public VMM.QueryOut query(long va) throws RetcodeException {
    VirtualMemory.Region r = Callers.process().memory().query(va);
    return new VMM.QueryOut(new VMM.PageInfo(r.base(), r.size(), r.state(), r.prot()), Retcode.rcOk);
  }
}
