package ${pkg}.server;

import ${pkg}.ServerEntity;
import ${pkg}.Store;
import java.util.HashMap;
import java.util.Map;
import org.kos.libkos.SlApi;
import org.kos.libkos.Syscalls;
import org.kos.nk.Server;

/** Keeps numbers by key; answers Get of an unknown key with the method's error. */
public final class StoreServer implements Store {
  private final Map<Integer, Integer> table = new HashMap<>();

  @Override
  public void put(int key, int value) {
    System.out.println("Put(" + key + ", " + value + ")");
    table.put(key, value);
  }

  @Override
  public int get(int key) throws GetError {
    Integer value = table.get(key);
    if (value == null) {
      System.out.println("Get(" + key + "): no such key");
      throw new GetError(key);
    }
    return value;
  }

  @Override
  public void clear() {
    System.out.println("Clear()");
    table.clear();
  }

  public static void main(String[] args) throws Exception {
    // The name the server registers is the connection id the client uses (init.yaml).
    int listener = SlApi.ServiceLocatorRegister("store");
    new Server(Syscalls.NkKosTransport(listener), new ServerEntity.Dispatcher(new StoreServer()),
        ServerEntity.MAX_FIXED_SIZE, ServerEntity.MAX_ARENA).serve();
  }
}
