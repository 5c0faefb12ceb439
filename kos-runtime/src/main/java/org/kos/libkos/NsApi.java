package org.kos.libkos;

import org.kos.libkos.spi.KernelLink;
import org.kos.rc.RetcodeException;

/** {@code coresrv/ns/ns_api.h}: publishing and finding endpoints on a name server. */
public final class NsApi {
  /** NsEnumServices's outputs. */
  public record Service(String server, String service) {}

  private NsApi() {}

  /**
   * {@code NsCreate}: a connection (handle) to the name server {@code name} (null: the default
   * "ns"), waiting at most {@code msecs} for it to exist (rcTimeout otherwise).
   */
  public static int NsCreate(String name, long msecs) throws RetcodeException, InterruptedException {
    return KernelLink.get().nsCreate(name, msecs);
  }

  /** {@code NsPublishService}: publishes endpoint {@code service} of {@code server} with interface {@code type}. */
  public static void NsPublishService(int ns, String type, String server, String service) throws RetcodeException {
    KernelLink.get().nsPublishService(ns, type, server, service);
  }

  /** {@code NsUnPublishService}. */
  public static void NsUnPublishService(int ns, String type, String server, String service)
      throws RetcodeException {
    KernelLink.get().nsUnPublishService(ns, type, server, service);
  }

  /** {@code NsEnumServices}: the {@code index}-th published endpoint of {@code type}; rcResourceNotFound past the end. */
  public static Service NsEnumServices(int ns, String type, int index) throws RetcodeException {
    return KernelLink.get().nsEnumServices(ns, type, index);
  }
}
