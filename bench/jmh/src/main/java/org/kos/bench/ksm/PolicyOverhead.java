package org.kos.bench.ksm;

import bench.ksm.IAdmin;
import bench.ksm.IAdminProxy;
import bench.ksm.IGreet;
import bench.ksm.IGreetProxy;
import bench.ksm.ServerEntity;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.kos.kernel.Kernel;
import org.kos.kernel.ipc.KernelTransport;
import org.kos.kernel.security.SecurityMonitor;
import org.kos.kernel.task.Process;
import org.kos.kernel.task.Program;
import org.kos.kernel.task.ProgramSource;
import org.kos.ksm.engine.Engine;
import org.kos.ksm.engine.PolicyMonitor;
import org.kos.ksm.models.Models;
import org.kos.ksm.module.SecurityModule;
import org.kos.libkos.EndpointInfo;
import org.kos.libkos.EntityInfo;
import org.kos.nk.NkException;
import org.kos.nk.Server;
import org.kos.psl.PslCompiler;
import org.kos.psl.PslRequest;
import org.kos.psl.PslResult;
import org.kos.psl.ir.PolicyIr;
import org.kos.rc.Retcode;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * What enforcing a security policy costs a Call/Recv/Reply round trip: the generated
 * {@code bench.ksm.IGreet} proxy's {@code Greet} (an integer and a short name there, an integer
 * back) through the reference kernel to a server process, with the kernel's security monitor
 * being, by the {@code policy} parameter:
 *
 * <ul>
 *   <li>{@code none}: {@link SecurityMonitor#ALLOW_ALL}, the kernel without a policy (no event is even built);
 *   <li>{@code base}: {@code src/main/psl/least_privilege.psl}, least privilege with Base rules in nested
 *       {@code match}es on class, endpoint and method (the measured events' plans are constant);
 *   <li>{@code flow}: {@code src/main/psl/flow_regex.psl}, the same plus a Flow object per server
 *       ({@code allow} on every Greet, a stateful rule that only reads: no lock), a regex on
 *       {@code message.name} and a numeric check on {@code message.value}.
 * </ul>
 *
 * <p>Everything else is the same in the three: one kernel per trial, Einit (a process of class
 * {@code Einit} started by the kernel) starting one {@code bench.ksm.Server} process, whose main
 * thread serves all clients ({@link Server} over its listener handle), and one
 * {@code bench.ksm.Client} process per JMH thread, each with its own channel; the JMH threads call
 * with their process's handle table. The policies are compiled from PSL in the setup (psl-compiler,
 * then the module's bytes read as the kernel would), and before anything is timed the setup checks
 * that the monitor enforces what the policy says: a call to the {@code admin} endpoint (granted by
 * no policy to the client class) must end with rcSecurityDisallow under {@code base} and
 * {@code flow} and pass under {@code none}; under {@code flow} a Greet before Start (server not
 * "ready"), a name the regex refuses and a negative value must be refused too, and pass under the
 * others. {@code bench/policy-overhead.sh} runs 1 and 16 clients and prints the ratios.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PolicyOverhead {
  /** The name every measured Greet sends (matches flow_regex.psl's pattern). */
  static final String NAME = "bench_client";

  /** The system: kernel, Einit, the server and the client processes, under one policy. */
  @State(Scope.Benchmark)
  public static class Solution {
    @Param({"none", "base", "flow"})
    public String policy;

    Kernel kernel;
    Process server;
    final List<Process> clients = new ArrayList<>();
    final AtomicInteger nextClient = new AtomicInteger();
    /** Keeps Einit and the clients' main threads alive until the trial ends. */
    final CountDownLatch end = new CountDownLatch(1);
    /** Requests the server got on its admin endpoint: a refused request must never get there. */
    final AtomicInteger adminCalls = new AtomicInteger();

    @Setup(Level.Trial)
    public void boot(BenchmarkParams params) throws Exception {
      SecurityMonitor monitor = switch (policy) {
        case "none" -> SecurityMonitor.ALLOW_ALL;
        case "base" -> monitor("least_privilege.psl");
        case "flow" -> monitor("flow_regex.psl");
        default -> throw new IllegalArgumentException("policy: none, base or flow, not " + policy);
      };
      Program idle = args -> end.await();
      Program serve = args -> {
        Process self = Process.current();
        Kernel k = Kernel.current();
        int listener = k.serviceLocator().register(self, ServerEntity.ENDPOINT_GREET);
        IGreet greet = new IGreet() {
          @Override
          public void start() {}

          @Override
          public long greet(long value, String name) {
            return value + 1;
          }
        };
        IAdmin admin = code -> adminCalls.incrementAndGet();
        Server s = new Server(new KernelTransport(k.ipc(), self.table(), listener),
            new ServerEntity.Dispatcher(greet, admin), ServerEntity.MAX_FIXED_SIZE, ServerEntity.MAX_ARENA);
        s.serve();
      };
      kernel = new Kernel(ProgramSource.of(Map.of("Einit", idle, "bench.ksm.Server", serve, "bench.ksm.Client", idle)),
          Kernel.DEFAULT_HANDLE_QUOTA, monitor);
      Process einit = kernel.createProcess(EntityInfo.of("Einit"), "Einit", null);
      kernel.start(null, einit);
      server = kernel.createProcess(new EntityInfo("bench.ksm.Server", List.of(
          new EndpointInfo(ServerEntity.ENDPOINT_GREET, ServerEntity.RIID_GREET, ServerEntity.IFACE_GREET),
          new EndpointInfo(ServerEntity.ENDPOINT_ADMIN, ServerEntity.RIID_ADMIN, ServerEntity.IFACE_ADMIN))),
          "server", null);
      for (int i = 0; i < params.getThreads(); i++) {
        Process c = kernel.createProcess(EntityInfo.of("bench.ksm.Client"), "client" + i, null);
        kernel.connect(c, server, ServerEntity.ENDPOINT_GREET);
        clients.add(c);
      }
      kernel.start(einit, server);
      for (Process c : clients) {
        kernel.start(einit, c);
      }
      checkEnforcement();
    }

    /**
     * The policy is enforced, and only it: what the policy refuses ends with rcSecurityDisallow,
     * what it grants passes, and without a policy everything passes. Leaves the server "ready".
     */
    private void checkEnforcement() throws Exception {
      boolean flow = policy.equals("flow");
      boolean enforced = !policy.equals("none");
      KernelTransport t = transport(clients.get(0));
      IGreetProxy greet = new IGreetProxy(t, ServerEntity.RIID_GREET);
      expect(t, "Greet before Start", !flow, () -> greet.greet(1, NAME));
      expect(t, "Start", true, greet::start);
      expect(t, "Greet", true, () -> {
        if (greet.greet(41, NAME) != 42) {
          throw new IllegalStateException("Greet(41) did not answer 42");
        }
      });
      expect(t, "Greet with the name \"Not A Name\"", !flow, () -> greet.greet(1, "Not A Name"));
      expect(t, "Greet with the value -1", !flow, () -> greet.greet(-1, NAME));
      expect(t, "admin.Shutdown", !enforced, () -> new IAdminProxy(t, ServerEntity.RIID_ADMIN).shutdown(0));
      if (adminCalls.get() != (enforced ? 0 : 1)) {
        throw new IllegalStateException(policy + ": the server got " + adminCalls.get() + " admin requests");
      }
      expect(t, "Greet after the refusals", true, () -> greet.greet(1, NAME));
      long denied = kernel.monitor().denied();
      long expected = flow ? 4 : enforced ? 1 : 0;
      if (denied != expected) {
        throw new IllegalStateException(policy + ": the monitor refused " + denied + " messages, expected " + expected);
      }
    }

    @TearDown(Level.Trial)
    public void shutdown() {
      end.countDown();
      kernel.shutdown();
    }

    KernelTransport transport(Process client) throws Exception {
      return new KernelTransport(kernel.ipc(), client.table(),
          kernel.serviceLocator().clientHandle(client, ServerEntity.ENDPOINT_GREET));
    }
  }

  /** A client: its own process (handle table, SID), channel, transport and proxy. */
  @State(Scope.Thread)
  public static class Client {
    IGreetProxy proxy;
    long value;

    @Setup(Level.Trial)
    public void connect(Solution s) throws Exception {
      Process p = s.clients.get(s.nextClient.getAndIncrement());
      proxy = new IGreetProxy(s.transport(p), ServerEntity.RIID_GREET);
    }
  }

  @Benchmark
  public long greet(Client c) throws NkException {
    return c.proxy.greet(c.value++, NAME);
  }

  /** A call through {@code t} that must pass ({@code granted}) or end with rcSecurityDisallow. */
  static void expect(KernelTransport t, String what, boolean granted, Call call) throws Exception {
    try {
      call.run();
    } catch (NkException e) {
      if (granted || t.lastRetcode() != Retcode.rcSecurityDisallow) {
        throw new IllegalStateException(what + ": expected " + (granted ? "to pass" : "rcSecurityDisallow")
            + ", got kernel code " + t.lastRetcode() + ": " + e.getMessage(), e);
      }
      return;
    }
    if (!granted) {
      throw new IllegalStateException(what + ": passed, but the policy must refuse it (rcSecurityDisallow)");
    }
  }

  /** A call of the enforcement check. */
  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }

  /**
   * The kernel's monitor for {@code psl/<file>}: the policy checked by psl-compiler with the NK files
   * of {@code nk/} (both copied to the classpath from src/main), its IR rendered to the module bytes
   * {@code kos psl compile} writes, read back and run by the engine as {@code kos run} does.
   */
  static SecurityMonitor monitor(String file) throws Exception {
    Path policy = resource("psl/" + file);
    Path nk = resource("nk/bench/ksm/Server.edl").getParent().getParent().getParent();
    PslResult r = PslCompiler.check(PslRequest.of(List.of(policy), List.of(nk)));
    if (r.hasErrors() || r.policies().size() != 1) {
      throw new IllegalStateException(file + " does not compile: " + r.diagnostics());
    }
    byte[] module = PolicyIr.render(r.policies().get(0), policy.getParent()).getBytes(StandardCharsets.UTF_8);
    return new PolicyMonitor(new Engine(SecurityModule.read(module), Models::create));
  }

  private static Path resource(String name) throws URISyntaxException {
    URL url = PolicyOverhead.class.getClassLoader().getResource(name);
    if (url == null || !url.getProtocol().equals("file")) {
      throw new IllegalStateException(name + " must be a file on the classpath (run from target/classes), found " + url);
    }
    return Path.of(url.toURI());
  }
}
