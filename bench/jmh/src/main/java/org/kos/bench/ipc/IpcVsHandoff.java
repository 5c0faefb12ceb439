package org.kos.bench.ipc;

import bench.Ping;
import bench.PingCodec;
import bench.PingDispatcher;
import bench.PingProxy;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.kos.kernel.handles.HandleTable;
import org.kos.kernel.handles.Handles;
import org.kos.kernel.ipc.Ipc;
import org.kos.kernel.ipc.KernelTransport;
import org.kos.kernel.ipc.SamePolicyExchange;
import org.kos.kernel.security.SecurityMonitor;
import org.kos.nk.NkException;
import org.kos.nk.Server;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One request and one response between a client thread and a server thread, three ways, in the
 * same JVM: through the reference kernel ({@code kernel}: generated {@code bench.Ping} proxy →
 * {@code Call} → the server's {@code Recv} → generated dispatcher → {@code Reply}), and as bare
 * exchanges with no kernel: {@code samePolicy} waits exactly as the kernel does (its spin budgets,
 * yield before park: {@link SamePolicyExchange}, which uses the kernel's own {@code SpinBudget}),
 * so kernel / samePolicy is what the kernel's work costs; {@code busySpin} never sleeps on either
 * side (the physical floor while there are cores for every spinner; with more threads than cores
 * it is no floor, see docs/kernel.md). Every variant has ONE server thread serving all clients, as
 * a KasperskyOS server with one listener handle does; the number of clients is JMH's thread count
 * ({@code -t}). Throughput is round trips per second over all clients.
 * {@code bench/ipc-vs-handoff.sh} runs each variant in its own JMH invocation, in alternating
 * order, 1, 2 and 16 clients, and prints the medians of the per-run ratios.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IpcVsHandoff {
  /** The kernel variant: a channel group served by one thread, a client handle per JMH thread. */
  @State(Scope.Benchmark)
  public static class KernelSide {
    final Handles handles = new Handles();
    final Ipc ipc = new Ipc(handles, SecurityMonitor.ALLOW_ALL);
    final HandleTable serverTable = new HandleTable("server", 1 << 16);
    Ipc.Listener listener;
    Thread server;

    @Setup(Level.Trial)
    public void start() throws Exception {
      listener = ipc.createGroup(serverTable, "ping", Map.of("ping.Ping", 0));
      Ping impl = value -> value + 1;
      KernelTransport t = new KernelTransport(ipc, serverTable, listener.handle());
      Server s = new Server(t, new PingDispatcher(impl), PingCodec.MAX_FIXED_SIZE, PingCodec.MAX_ARENA);
      server = new Thread(() -> {
        try {
          s.serve();
        } catch (NkException e) {
          // the listener was closed: the benchmark is over
        }
      }, "kernel-server");
      server.setDaemon(true);
      server.start();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
      handles.close(serverTable, listener.handle());
      server.join(5000);
    }
  }

  /** A client of the kernel variant: its own handle space, channel and proxy. */
  @State(Scope.Thread)
  public static class KernelClient {
    PingProxy proxy;
    long value;

    @Setup(Level.Trial)
    public void connect(KernelSide k) throws Exception {
      HandleTable table = new HandleTable("client", 16);
      int handle = k.ipc.connect(table, k.listener.group(), "ping");
      proxy = new PingProxy(new KernelTransport(k.ipc, table, handle), 0);
    }
  }

  @Benchmark
  public long kernel(KernelClient c) throws NkException {
    return c.proxy.ping(c.value++);
  }

  /** The same-policy variant: a bare exchange that waits as the kernel's IPC waits. */
  @State(Scope.Benchmark)
  public static class SamePolicySide {
    SamePolicyExchange exchange;

    @Setup(Level.Trial)
    public void start() {
      exchange = new SamePolicyExchange();
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
      exchange.stop();
    }
  }

  /** A client's reusable cell of the same-policy variant (created on the client's own thread). */
  @State(Scope.Thread)
  public static class SamePolicyClient {
    SamePolicyExchange.Cell cell;
    long value;

    @Setup(Level.Trial)
    public void create() {
      cell = SamePolicyExchange.cell();
    }
  }

  @Benchmark
  public long samePolicy(SamePolicySide s, SamePolicyClient c) {
    return s.exchange.call(c.cell, c.value++);
  }

  /** A request of the busy-spin variant: the value and the flag the client spins on. */
  static final class SpinCell {
    long value;
    volatile boolean done;
  }

  /** The busy-spin variant's server: polls its queue without ever sleeping. */
  @State(Scope.Benchmark)
  public static class BusySpinSide {
    final ConcurrentLinkedQueue<SpinCell> requests = new ConcurrentLinkedQueue<>();
    volatile boolean running = true;
    Thread server;

    @Setup(Level.Trial)
    public void start() {
      server = new Thread(() -> {
        while (running) {
          SpinCell c = requests.poll();
          if (c == null) {
            Thread.onSpinWait();
            continue;
          }
          c.value++;
          c.done = true;
        }
      }, "busy-spin-server");
      server.setDaemon(true);
      server.start();
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
      running = false;
      server.join(5000);
    }
  }

  /** A client's reusable cell of the busy-spin variant. */
  @State(Scope.Thread)
  public static class BusySpinClient {
    final SpinCell cell = new SpinCell();
  }

  @Benchmark
  public long busySpin(BusySpinSide s, BusySpinClient c) {
    SpinCell cell = c.cell;
    cell.done = false;
    s.requests.offer(cell);
    while (!cell.done) {
      Thread.onSpinWait();
    }
    return cell.value;
  }
}
