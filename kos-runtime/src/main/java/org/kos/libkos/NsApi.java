package org.kos.libkos;

import org.kos.kernel.ns.NameServer;
import org.kos.rc.Retcode;
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
    Caller c = Caller.get();
    long deadline = System.nanoTime() + Math.max(0, msecs) * 1_000_000L;
    NameServer ns;
    while ((ns = c.kernel().nameServer(name)) == null) {
      if (System.nanoTime() >= deadline) {
        throw new RetcodeException(Retcode.rcTimeout, "no name server " + name);
      }
      Thread.sleep(1);
    }
    return c.kernel().handles().install(c.table(), ns, Ocap.OCAP_HANDLE_TRANSFER);
  }

  /** {@code NsPublishService}: publishes endpoint {@code service} of {@code server} with interface {@code type}. */
  public static void NsPublishService(int ns, String type, String server, String service) throws RetcodeException {
    Caller c = Caller.get();
    nameServer(c, ns).publish(type, server, service, c.process().pid());
  }

  /** {@code NsUnPublishService}. */
  public static void NsUnPublishService(int ns, String type, String server, String service)
      throws RetcodeException {
    Caller c = Caller.get();
    nameServer(c, ns).unpublish(type, server, service);
  }

  /** {@code NsEnumServices}: the {@code index}-th published endpoint of {@code type}; rcResourceNotFound past the end. */
  public static Service NsEnumServices(int ns, String type, int index) throws RetcodeException {
    Caller c = Caller.get();
    NameServer.Entry e = nameServer(c, ns).enumerate(type, index);
    return new Service(e.server(), e.service());
  }

  private static NameServer nameServer(Caller c, int handle) throws RetcodeException {
    return c.kernel().handles().object(c.table(), handle, NameServer.class, 0);
  }
}
