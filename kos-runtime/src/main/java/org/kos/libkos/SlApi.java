package org.kos.libkos;

import org.kos.libkos.spi.KernelLink;
import org.kos.rc.RetcodeException;

/** {@code coresrv/sl/sl_api.h}: finding static channels by name. */
public final class SlApi {
  /** {@code INVALID_RIID}. */
  public static final int INVALID_RIID = 0xFFFF;

  private SlApi() {}

  /** {@code ServiceLocatorRegister}: the listener handle of the calling server's channel {@code channel}. */
  public static int ServiceLocatorRegister(String channel) throws RetcodeException {
    return KernelLink.get().serviceLocatorRegister(channel);
  }

  /** {@code ServiceLocatorConnect}: the calling client's handle of the channel {@code channel}. */
  public static int ServiceLocatorConnect(String channel) throws RetcodeException {
    return KernelLink.get().serviceLocatorConnect(channel);
  }

  /** {@code ServiceLocatorGetRiid}: the RIID of the server endpoint, by either name form. */
  public static int ServiceLocatorGetRiid(int handle, String endpointName) throws RetcodeException {
    return KernelLink.get().serviceLocatorGetRiid(handle, endpointName);
  }
}
