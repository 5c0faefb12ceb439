package guard.client;

import guard.IVault;
import guard.IVaultProxy;
import guard.VaultEntity;
import org.kos.libkos.Services;
import org.kos.nk.NkException;

/**
 * Calls the vault in an order that meets every rule of security.psl (README.md), and prints what
 * each call gave: its result, or that the policy denied it. A denied call fails with
 * rcSecurityDisallow; the client says so and goes on.
 */
public final class VaultClient {
  private final IVault vault;

  private VaultClient(IVault vault) {
    this.vault = vault;
  }

  /** A call that may be denied. */
  @FunctionalInterface
  private interface Call {
    Object run() throws NkException;
  }

  /** Runs the call and prints "what = result", or "what denied: ..." with the refusal. */
  private void attempt(String what, Call call) {
    try {
      Object result = call.run();
      System.out.println(what + (result == null ? " ok" : " = " + result));
    } catch (NkException e) {
      System.out.println(what + " denied: " + refusal(e.getMessage()));
    }
  }

  /** "rcSecurityDisallow: the rule ..." from the kernel's message, without the request's RIID and MID. */
  static String refusal(String message) {
    int rc = message.indexOf("rcSecurityDisallow");
    if (rc < 0) {
      return message; // not the policy: show everything
    }
    int why = message.indexOf("): ", rc);
    return why < 0 ? message.substring(rc) : "rcSecurityDisallow, " + message.substring(why + 3);
  }

  private void run() {
    attempt("Open(\"/data/notes\")", () -> vault.open("/data/notes"));      // path matches ^/data/[a-z]+$
    attempt("Open(\"/etc/passwd\")", () -> vault.open("/etc/passwd"));      // path outside /data: regex
    attempt("Open(\"/data/../etc\")", () -> vault.open("/data/../etc"));    // not [a-z]+ after /data/: regex
    attempt("Write(1, 100)", () -> vault.write(1, 100));                   // id 1 was opened
    attempt("Write(1, 10000)", () -> vault.write(1, 10000));               // size > 4096
    attempt("Write(7, 10)", () -> vault.write(7, 10));                     // id 7 was never opened: HashSet
    attempt("Lock()", () -> { vault.lock(); return null; });               // unlocked -> locked
    attempt("Write(1, 100)", () -> vault.write(1, 100));                   // locked: Flow
    attempt("Lock()", () -> { vault.lock(); return null; });               // locked -> locked: no such transition
    attempt("Unlock()", () -> { vault.unlock(); return null; });           // locked -> unlocked
    attempt("Write(1, 100)", () -> vault.write(1, 100));                   // unlocked again
    attempt("Close(1)", () -> { vault.close(1); return null; });           // id 1 leaves the set
    attempt("Write(1, 100)", () -> vault.write(1, 100));                   // id 1 is closed: HashSet
    attempt("Wipe()", () -> { vault.wipe(); return null; });               // no rule: denied
  }

  public static void main(String[] args) throws Exception {
    new VaultClient(Services.connect("vault", VaultEntity.ENDPOINT_VAULT, IVaultProxy::new)).run();
  }
}
