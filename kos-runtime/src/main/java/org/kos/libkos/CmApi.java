package org.kos.libkos;

import org.kos.libkos.spi.KernelLink;
import org.kos.rc.RetcodeException;

/** {@code coresrv/cm/cm_api.h}: dynamic channels through the connection manager. */
public final class CmApi {
  /** {@code INVALID_HANDLE} as KnCmAccept's listener: create a new channel group. */
  public static final int INVALID_HANDLE = 0xFFFFFFFF;

  /** KnCmConnect's outputs: the client IPC handle and the endpoint id. */
  public record Connection(int handle, int rsid) {}

  /** KnCmListen's outputs: who asks, for which endpoint (qualified name). */
  public record Request(String client, String service) {}

  private CmApi() {}

  /**
   * {@code KnCmConnect}: asks the server process {@code server} for a channel to {@code service}
   * and waits at most {@code msecs} (negative: forever) for it to accept (rcTimeout otherwise;
   * rcNotConnected when it drops the request).
   */
  public static Connection KnCmConnect(String server, String service, long msecs) throws RetcodeException {
    return KernelLink.get().cmConnect(server, service, msecs);
  }

  /** {@code KnCmListen}: the next channel request to the calling server ({@code filter} is unused). */
  public static Request KnCmListen(String filter, long msecs) throws RetcodeException {
    return KernelLink.get().cmListen(msecs);
  }

  /**
   * {@code KnCmAccept}: creates the channel and answers the client with {@code rsid}; returns the
   * server IPC handle. {@code listener} {@link #INVALID_HANDLE} creates a new channel group (the
   * returned handle is its listener), an existing listener handle adds the channel to its group.
   */
  public static int KnCmAccept(String client, String service, int rsid, int listener) throws RetcodeException {
    return KernelLink.get().cmAccept(client, service, rsid, listener);
  }

  /** {@code KnCmDrop}: refuses the request; the client's KnCmConnect ends with rcNotConnected. */
  public static void KnCmDrop(String client, String service) throws RetcodeException {
    KernelLink.get().cmDrop(client, service);
  }
}
