package ${pkg}.client;

import ${pkg}.ServerEntity;
import ${pkg}.Store;
import ${pkg}.StoreProxy;
import org.kos.libkos.SlApi;
import org.kos.libkos.Syscalls;
import org.kos.nk.NkException;

/** Puts two values, reads them back, asks for a missing key, and tries a call the policy refuses. */
public final class StoreClient {
  private StoreClient() {}

  public static void main(String[] args) throws Exception {
    int channel = SlApi.ServiceLocatorConnect("store");
    int riid = SlApi.ServiceLocatorGetRiid(channel, ServerEntity.ENDPOINT_STORE);
    Store store = new StoreProxy(Syscalls.NkKosTransport(channel), riid);
    store.put(1, 10);
    store.put(2, 20);
    System.out.println("Get(1) = " + store.get(1));
    try {
      store.get(3);
    } catch (Store.GetError e) {
      System.out.println("Get(3) failed: missing key " + e.missing());
    }
    try {
      store.clear();
      System.out.println("Clear() ok");
    } catch (NkException e) {
      // The policy grants no Clear: the kernel refuses the call before it reaches the server.
      System.out.println("Clear() refused: " + e.getMessage());
    }
  }
}
