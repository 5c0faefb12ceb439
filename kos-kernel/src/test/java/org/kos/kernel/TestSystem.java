package org.kos.kernel;

import static org.kos.libkos.EntityApi.EntityInitEx;
import static org.kos.libkos.EntityApi.EntityRun;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kos.kernel.fs.BootImage;
import org.kos.kernel.security.SecurityMonitor;
import org.kos.kernel.task.ExitInfo;
import org.kos.kernel.task.Process;
import org.kos.kernel.task.Program;
import org.kos.kernel.task.ProgramSource;
import org.kos.libkos.EndpointInfo;
import org.kos.libkos.EntityInfo;

/**
 * Test helper: boots a kernel whose Einit creates and runs the given programs as processes of
 * those names (no static channels), in order, and waits for all of them to end.
 */
public final class TestSystem {
  /** The endpoint every test server offers: {@code demo.Adder} at RIID 0. */
  public static final List<EndpointInfo> ADDER = List.of(
      new EndpointInfo("demo.Server.adder.add", 0, "demo.Adder"), new EndpointInfo("adder.add", 0, "demo.Adder"));

  private final Kernel kernel;
  private final Map<String, Program> programs;

  public TestSystem(Map<String, Program> processes) {
    this(processes, Kernel.DEFAULT_HANDLE_QUOTA, Kernel.DEFAULT_MEMORY_QUOTA);
  }

  public TestSystem(Map<String, Program> processes, int handleQuota, long memoryQuota) {
    this(processes, BootImage.NONE, handleQuota, memoryQuota, SecurityMonitor.ALLOW_ALL);
  }

  /** A system booted from {@code image} whose IPC passes {@code monitor}. */
  public TestSystem(Map<String, Program> processes, BootImage image, SecurityMonitor monitor) {
    this(processes, image, Kernel.DEFAULT_HANDLE_QUOTA, Kernel.DEFAULT_MEMORY_QUOTA, monitor);
  }

  private TestSystem(Map<String, Program> processes, BootImage image, int handleQuota, long memoryQuota,
      SecurityMonitor monitor) {
    this.programs = new LinkedHashMap<>(processes);
    Map<String, Program> all = new HashMap<>(processes);
    List<String> names = List.copyOf(processes.keySet());
    all.put("einit", args -> {
      for (String n : names) {
        EntityRun(EntityInitEx(new EntityInfo(n, ADDER), n, n));
      }
    });
    kernel = new Kernel(ProgramSource.of(all), image, handleQuota, memoryQuota, monitor);
  }

  public Kernel kernel() {
    return kernel;
  }

  /**
   * Boots and waits for every process; returns their exit infos by name. Fails unless every one
   * exited with status 0: a program that throws after recording what a test checks must not pass.
   * {@link #runAnyEnd} is for tests about how processes end.
   */
  public Map<String, ExitInfo> run() throws Exception {
    Map<String, ExitInfo> exits = runAnyEnd();
    exits.forEach((name, exit) -> {
      if (exit == null || exit.reason() != ExitInfo.Reason.EXITED || exit.status() != 0) {
        throw new AssertionError("process " + name + " did not end well: " + (exit == null ? "still running" : exit));
      }
    });
    return exits;
  }

  /** Boots and waits for every process; returns their exit infos by name, however they ended. */
  public Map<String, ExitInfo> runAnyEnd() throws Exception {
    kernel.boot("einit").awaitExit(10, TimeUnit.SECONDS);
    Map<String, ExitInfo> out = new LinkedHashMap<>();
    for (String n : programs.keySet()) {
      Process p = kernel.processes().stream().filter(x -> x.name().equals(n)).findFirst().orElseThrow();
      out.put(n, p.awaitExit(10, TimeUnit.SECONDS));
    }
    kernel.shutdown();
    return out;
  }
}
