package greeting.app;

import greeting.IGreet;
import greeting.IGreetProxy;
import org.kos.nk.LoopbackTransport;
import org.kos.nk.NkException;

/** Serves IGreet (stubs from the api jar) behind the Greeter entity (stubs generated here). */
public final class Main {
  private Main() {}

  /** The server side. */
  static final class Greeter implements IGreet {
    @Override
    public String greet(String name) {
      return "Hello, " + name + "!";
    }
  }

  public static void main(String[] args) throws NkException {
    LoopbackTransport transport = new LoopbackTransport(new GreeterEntity.Dispatcher(new Greeter()),
        GreeterEntity.MAX_FIXED_SIZE, GreeterEntity.MAX_ARENA);
    System.out.println(new IGreetProxy(transport, GreeterEntity.RIID_GREET).greet(args.length > 0 ? args[0] : "world"));
  }
}
