package guard.vault;

import guard.IVault;
import guard.VaultEntity;
import java.util.HashMap;
import java.util.Map;
import org.kos.libkos.Services;

/**
 * The vault. It checks nothing itself: every request it gets is one the security policy let
 * through, so it prints each request as it handles it and nothing else.
 */
public final class VaultServer implements IVault {
  private final Map<Integer, String> open = new HashMap<>();
  private int nextId = 1;

  @Override
  public int open(String path) {
    int id = nextId++;
    open.put(id, path);
    System.out.println("Open(\"" + path + "\") = " + id);
    return id;
  }

  @Override
  public int write(int id, int size) {
    System.out.println("Write(" + id + ", " + size + ") to " + open.get(id));
    return size;
  }

  @Override
  public void close(int id) {
    System.out.println("Close(" + id + ") of " + open.remove(id));
  }

  @Override
  public void lock() {
    System.out.println("Lock()");
  }

  @Override
  public void unlock() {
    System.out.println("Unlock()");
  }

  @Override
  public void wipe() {
    System.out.println("Wipe(): every file erased");
    open.clear();
  }

  public static void main(String[] args) throws Exception {
    Services.serve("vault", VaultEntity.dispatcher(new VaultServer()));
  }
}
