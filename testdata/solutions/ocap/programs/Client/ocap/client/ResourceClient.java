package ocap.client;

import ocap.ServerEntity;
import org.kos.libkos.HandleApi;
import org.kos.libkos.SlApi;
import org.kos.libkos.Syscalls;
import org.kos.nk.HandleDesc;
import org.kos.nk.NkException;
import simpleocap.SimpleOCap;
import simpleocap.SimpleOCapProxy;

/**
 * The client of the seed's OCap usage example: opens resource 5, uses it with 21, closes it, and
 * shows that the handle it kept is revoked.
 */
public final class ResourceClient {
  private ResourceClient() {}

  public static void main(String[] args) throws Exception {
    int channel = SlApi.ServiceLocatorConnect("ocap");
    int riid = SlApi.ServiceLocatorGetRiid(channel, ServerEntity.ENDPOINT_RESOURCE);
    SimpleOCap server = new SimpleOCapProxy(Syscalls.NkKosTransport(channel), riid);

    HandleDesc opened = server.openResource(5);
    int handle = opened.getHandle();
    System.out.println(String.format("OpenResource(5): a handle with rights 0x%08x, %s", opened.getRights(),
        opened.isDereferenced() ? "dereferenced" : "transferred"));
    System.out.println("UseResource(21) = " + server.useResource(HandleDesc.of(handle), (byte) 21));
    server.closeResource(HandleDesc.of(handle));
    System.out.println("CloseResource: done");
    try {
      server.useResource(HandleDesc.of(handle), (byte) 21);
      System.out.println("UseResource after CloseResource: succeeded");
    } catch (NkException e) {
      System.out.println("UseResource after CloseResource: " + e.getMessage());
    }
    HandleApi.KnHandleClose(handle);
    System.out.println("handles left: " + HandleApi.handleCount());
  }
}
