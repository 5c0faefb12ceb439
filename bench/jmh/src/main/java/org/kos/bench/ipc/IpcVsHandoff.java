package org.kos.bench.ipc;

import bench.Ping;
import bench.PingCodec;
import bench.PingDispatcher;
import bench.PingProxy;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.kos.kernel.handles.HandleTable;
import org.kos.kernel.handles.Handles;
import org.kos.kernel.ipc.Ipc;
import org.kos.kernel.ipc.KernelTransport;
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
 * same run: through the reference kernel ({@code kernel}: generated {@code bench.Ping} proxy →
 * {@code Call} → the server's {@code Recv} → generated dispatcher → {@code Reply}), and as bare
 * Java handoffs with no kernel ({@code synchronousQueue}: a shared SynchronousQueue of requests,
 * a SynchronousQueue per client for the response; {@code spinPark}: a lock-free queue of requests
 * and a per-client cell, each side spinning briefly before parking). Every variant has ONE server
 * thread serving all clients, as a KasperskyOS server with one listener handle does; the number
 * of clients is JMH's thread count ({@code -t}). Throughput is round trips per second over all
 * clients. {@code bench/ipc-vs-handoff.sh} runs 1, 2 and 16 clients and prints the ratios.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IpcVsHandoff {
  /** Spins before parking in the spin-then-park handoff. */
  static final int SPINS = 200;

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

  /** A request of the queue variants: the value and where the answer goes. */
  static final class Cell {
    final SynchronousQueue<Long> reply = new SynchronousQueue<>();
    final Thread owner = Thread.currentThread();
    long value;
    volatile boolean done;
  }

  /** The SynchronousQueue variant's server. */
  @State(Scope.Benchmark)
  public static class SyncQueueSide {
    /** Fair (FIFO): the default LIFO stack starved clients for minutes with 16 of them. */
    final SynchronousQueue<Cell> requests = new SynchronousQueue<>(true);
    Thread server;

    @Setup(Level.Trial)
    public void start() {
      server = new Thread(() -> {
        try {
          while (true) {
            Cell c = requests.take();
            c.reply.put(c.value + 1);
          }
        } catch (InterruptedException e) {
          // the benchmark is over
        }
      }, "syncqueue-server");
      server.setDaemon(true);
      server.start();
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
      server.interrupt();
      server.join(5000);
    }
  }

  /** A client's reusable request cell (created on the client's own thread). */
  @State(Scope.Thread)
  public static class ClientCell {
    Cell cell;

    @Setup(Level.Trial)
    public void create() {
      cell = new Cell();
    }
  }

  @Benchmark
  public long synchronousQueue(SyncQueueSide s, ClientCell c) throws InterruptedException {
    c.cell.value++;
    s.requests.put(c.cell);
    return c.cell.reply.take();
  }

  /** The spin-then-park variant's server. */
  @State(Scope.Benchmark)
  public static class SpinParkSide {
    final ConcurrentLinkedQueue<Cell> requests = new ConcurrentLinkedQueue<>();
    final AtomicInteger sleeping = new AtomicInteger();
    volatile boolean running = true;
    Thread server;

    @Setup(Level.Trial)
    public void start() {
      server = new Thread(this::serve, "spinpark-server");
      server.setDaemon(true);
      server.start();
    }

    private void serve() {
      while (running) {
        Cell c = requests.poll();
        for (int i = 0; c == null && i < SPINS; i++) {
          Thread.onSpinWait();
          c = requests.poll();
        }
        if (c == null) {
          sleeping.set(1);
          c = requests.poll();
          if (c == null) {
            LockSupport.park(this);
            sleeping.set(0);
            continue;
          }
          sleeping.set(0);
        }
        c.value++;
        c.done = true;
        LockSupport.unpark(c.owner);
      }
    }

    void submit(Cell c) {
      c.done = false;
      requests.offer(c);
      if (sleeping.get() != 0) {
        LockSupport.unpark(server);
      }
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
      running = false;
      LockSupport.unpark(server);
      server.join(5000);
    }
  }

  @Benchmark
  public long spinPark(SpinParkSide s, ClientCell c) {
    Cell cell = c.cell;
    s.submit(cell);
    for (int i = 0; !cell.done && i < SPINS; i++) {
      Thread.onSpinWait();
    }
    while (!cell.done) {
      LockSupport.park(s);
    }
    return cell.value;
  }
}
