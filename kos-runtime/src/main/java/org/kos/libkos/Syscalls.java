package org.kos.libkos;

import org.kos.libkos.spi.KernelLink;
import org.kos.nk.Arena;
import org.kos.nk.NkMessage;
import org.kos.nk.Transport;
import org.kos.rc.RetcodeException;

/** {@code coresrv/syscalls.h}: the IPC system calls, and the NK transport built on them. */
public final class Syscalls {
  private Syscalls() {}

  /** {@code Call}: sends a request through a client handle and waits for the response. */
  public static void Call(int handle, NkMessage req, Arena reqArena, NkMessage res, Arena resArena)
      throws RetcodeException {
    KernelLink.get().call(handle, req, reqArena, res, resArena);
  }

  /** {@code Recv}: waits for a request on a server or listener handle. */
  public static void Recv(int handle, NkMessage req, Arena reqArena) throws RetcodeException {
    KernelLink.get().recv(handle, req, reqArena);
  }

  /** {@code Reply}: answers the request this thread last received on the handle. */
  public static void Reply(int handle, NkMessage res, Arena resArena) throws RetcodeException {
    KernelLink.get().reply(handle, res, resArena);
  }

  /**
   * The transport to the kernel's own endpoints: a generated kl.core proxy over it, e.g.
   * {@code new kl.core.VMMProxy(Syscalls.KnCoreTransport(), kl.core.CoreEntity.RIID_VMM_VMM)},
   * calls the kernel in the calling thread; handles in the messages are the caller's own.
   */
  public static Transport KnCoreTransport() throws RetcodeException {
    return KernelLink.get().coreTransport();
  }

  /**
   * {@code KnSecurityCheck}: the transport a generated proxy of the calling process's own security
   * interface (EDL {@code security}) uses to ask the security module, e.g.
   * {@code new demo.IApproveProxy(Syscalls.KnSecurityTransport(), 0).approve(h)}: a method returns
   * when the policy grants the query and fails with rcSecurityDisallow when it does not.
   */
  public static Transport KnSecurityTransport() throws RetcodeException {
    return KernelLink.get().securityTransport();
  }

  /**
   * {@code NkKosTransport_Init}: the transport generated proxies (client handle) and dispatchers
   * (listener handle) use. One per thread, like a proxy.
   */
  public static Transport NkKosTransport(int handle) throws RetcodeException {
    return KernelLink.get().ipcTransport(handle);
  }
}
