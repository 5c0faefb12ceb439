package org.kos.bench.ksm;

import bench.ksm.IGreetCodec;
import bench.ksm.ServerEntity;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.kos.kernel.security.ExecuteEvent;
import org.kos.kernel.security.IpcMessageEvent;
import org.kos.kernel.security.IpcMessageEvent.Direction;
import org.kos.kernel.security.MessageView;
import org.kos.kernel.security.SecurityMonitor;
import org.kos.nk.Arena;
import org.kos.nk.NkMessage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The security monitor's share of {@link PolicyOverhead}'s round trip, without the IPC around it:
 * what the kernel does for one Greet when a policy is loaded, on the calling thread, i.e. ask the
 * monitor about the request from its facts and bytes ({@code permitsWithoutEvent}; the bytes are
 * copied once, in the setup, as the kernel copies every message anyway) and, only when that does not
 * grant it, build the request's event (with a {@link MessageView} of the bytes) and ask again, as
 * {@code Ipc.call} does; then the same for the response (as {@code Ipc.reply} does). No thread handoff,
 * so the numbers hardly depend on the scheduler: a shared machine still gives usable ns per check,
 * and {@code -prof gc} the bytes the monitor allocates. With several threads ({@code -t}) the
 * {@code flow} policy's stateful requests run concurrently (their Flow check only reads state, so it
 * takes no lock; see docs/psl.md, "Cost"). Run by hand:
 *
 * <pre>
 * java -cp bench/jmh/target/classes:$(cat bench/jmh/target/classpath.txt) org.openjdk.jmh.Main PolicyCheck -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PolicyCheck {
  /** SIDs of the kernel's processes as the events name them (any distinct values do). */
  static final int EINIT_SID = 2;
  static final int SERVER_SID = 3;
  static final int CLIENT_SID = 4;

  /** The monitor, with the server started and "ready" (flow). */
  @State(Scope.Benchmark)
  public static class Policy {
    @Param({"base", "flow"})
    public String policy;

    SecurityMonitor monitor;

    @Setup(Level.Trial)
    public void load() throws Exception {
      monitor = PolicyOverhead.monitor(policy.equals("base") ? "least_privilege.psl" : "flow_regex.psl");
      if (!monitor.permitsExecute(new ExecuteEvent("Einit", "Einit", EINIT_SID, "server", "bench.ksm.Server",
          SERVER_SID))) {
        throw new IllegalStateException("execute of the server refused: " + monitor.lastRefusal());
      }
      NkMessage start = new NkMessage(IGreetCodec.MAX_REQUEST_FIXED_SIZE);
      Arena arena = Arena.forMaxSize(IGreetCodec.MAX_REQUEST_ARENA);
      IGreetCodec.encodeStartRequest(start, arena, ServerEntity.RIID_GREET);
      if (!monitor.permits(event(Direction.REQUEST, start, arena))) {
        throw new IllegalStateException("Start refused: " + monitor.lastRefusal());
      }
    }
  }

  /** A client thread's request and response, encoded once (the monitor only reads them). */
  @State(Scope.Thread)
  public static class Messages {
    static final AtomicInteger CLIENTS = new AtomicInteger();
    final NkMessage request = new NkMessage(IGreetCodec.MAX_REQUEST_FIXED_SIZE);
    final Arena requestArena = Arena.forMaxSize(IGreetCodec.MAX_REQUEST_ARENA);
    final NkMessage response = new NkMessage(IGreetCodec.MAX_RESPONSE_FIXED_SIZE);
    final Arena responseArena = Arena.forMaxSize(IGreetCodec.MAX_RESPONSE_ARENA);
    /** The messages' bytes, copied once as the kernel copies every message with or without a policy. */
    byte[] requestFixed;
    byte[] requestArenaBytes;
    byte[] responseFixed;
    int clientSid;

    @Setup(Level.Trial)
    public void encode() throws Exception {
      IGreetCodec.encodeGreetRequest(request, requestArena, ServerEntity.RIID_GREET, 7, PolicyOverhead.NAME);
      IGreetCodec.encodeGreetResponse(response, responseArena, ServerEntity.RIID_GREET, 8);
      requestFixed = request.toByteArray();
      requestArenaBytes = requestArena.toByteArray();
      responseFixed = response.toByteArray();
      clientSid = CLIENT_SID + CLIENTS.getAndIncrement();
    }
  }

  /** One Greet's two checks: the request (client to server) and its response. */
  @Benchmark
  public boolean requestAndResponse(Policy p, Messages m) {
    boolean request = p.monitor.permitsWithoutEvent(Direction.REQUEST, "bench.ksm.Client", m.clientSid,
        "bench.ksm.Server", SERVER_SID, m.request.riid(), m.request.mid(), m.requestFixed, m.requestArenaBytes)
        || p.monitor.permits(new IpcMessageEvent(Direction.REQUEST, "client", "server", "greet",
            m.request.riid(), m.request.mid(), "bench.ksm.Client", m.clientSid, "bench.ksm.Server", SERVER_SID,
            new Bytes(m.requestFixed, m.requestArenaBytes)));
    boolean response = p.monitor.permitsWithoutEvent(Direction.RESPONSE, "bench.ksm.Server", SERVER_SID,
        "bench.ksm.Client", m.clientSid, m.response.riid(), m.response.mid(), m.responseFixed, NO_BYTES)
        || p.monitor.permits(new IpcMessageEvent(Direction.RESPONSE, "server", "client", "greet",
            m.response.riid(), m.response.mid(), "bench.ksm.Server", SERVER_SID, "bench.ksm.Client", m.clientSid,
            new Bytes(m.responseFixed, NO_BYTES)));
    if (!request || !response) {
      throw new IllegalStateException("refused: " + p.monitor.lastRefusal());
    }
    return request & response;
  }

  static IpcMessageEvent event(Direction d, NkMessage msg, Arena arena) {
    return new IpcMessageEvent(d, "client", "server", "greet", msg.riid(), msg.mid(), "bench.ksm.Client", CLIENT_SID,
        "bench.ksm.Server", SERVER_SID, view(msg, arena));
  }

  static final byte[] NO_BYTES = new byte[0];

  /** A message as the kernel's snapshot shows it (its bytes, no handles). */
  static MessageView view(NkMessage msg, Arena arena) {
    return new Bytes(msg.toByteArray(), arena.toByteArray());
  }

  /** A message's header and fixed part and its arena: one small object per message, as the kernel's view. */
  record Bytes(byte[] fixed, byte[] arena) implements MessageView {
    @Override
    public int handleSid(int offset) {
      return -1;
    }
  }
}
