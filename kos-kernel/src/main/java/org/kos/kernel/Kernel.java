package org.kos.kernel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.kos.kernel.audit.AuditingMonitor;
import org.kos.kernel.audit.KernelLog;
import org.kos.kernel.cm.ConnectionManager;
import org.kos.kernel.core.CoreEndpoints;
import org.kos.kernel.core.TimeEndpoint;
import org.kos.kernel.fs.BootImage;
import org.kos.nk.Dispatcher;
import org.kos.kernel.handles.Handles;
import org.kos.kernel.sync.Futexes;
import org.kos.kernel.ns.NameServer;
import org.kos.kernel.vmm.VirtualMemory;
import org.kos.kernel.ipc.Ipc;
import org.kos.kernel.security.ExecuteEvent;
import org.kos.kernel.security.SecurityMonitor;
import org.kos.kernel.sl.ServiceLocator;
import org.kos.kernel.task.ExitInfo;
import org.kos.kernel.task.Process;
import org.kos.kernel.task.ProgramSource;
import org.kos.kernel.handles.HandleTable;
import org.kos.libkos.EndpointInfo;
import org.kos.libkos.EntityInfo;
import org.kos.libkos.spi.KernelLink;
import org.kos.kernel.syscall.KernelSystemCalls;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * The reference kernel: one instance is one booted system in this JVM, holding the handle manager,
 * IPC, the service locator and the processes, with their programs found in a {@link ProgramSource}
 * (the boot image). Programs reach it through the libkos facade, which finds the kernel and the
 * process from the calling thread.
 */
public final class Kernel {
  static {
    // The facade's way in: one set of system calls for every kernel of the JVM, each call acting
    // for the process of the calling thread.
    KernelLink.install(new KernelSystemCalls());
  }

  /** Handles a process may hold unless configured otherwise. */
  public static final int DEFAULT_HANDLE_QUOTA = 4096;
  /** Bytes of memory a process may commit unless configured otherwise. */
  public static final long DEFAULT_MEMORY_QUOTA = 256L << 20;
  /** The name of the default name server ({@code NsCreate(NULL, ...)}). */
  public static final String DEFAULT_NAME_SERVER = "ns";
  /** Messages each kernel log keeps until they are read; later ones are dropped and counted. */
  public static final int LOG_CAPACITY = 1024;

  private final Handles handles = new Handles();
  private final Futexes futexes = new Futexes();
  private final Ipc ipc;
  private final ServiceLocator serviceLocator;
  private final ProgramSource programs;
  private final BootImage bootImage;
  private final KernelLog kss = new KernelLog("kss", LOG_CAPACITY);
  private final KernelLog coreLog = new KernelLog("core", LOG_CAPACITY);
  private final AuditingMonitor monitor;
  private final int sid;
  private final int handleQuota;
  private final long memoryQuota;
  private final ConnectionManager connectionManager;
  private Dispatcher core;
  private final TimeEndpoint clock = new TimeEndpoint();
  private final long bootNanos = System.nanoTime();
  private final Map<String, NameServer> nameServers = new ConcurrentHashMap<>();
  private final KernelThreadGroup threads;
  private final AtomicInteger nextPid = new AtomicInteger(1);
  private final AtomicInteger nextTid = new AtomicInteger(1);
  private final Map<Integer, Process> processes = new ConcurrentHashMap<>();

  public Kernel(ProgramSource programs) {
    this(programs, DEFAULT_HANDLE_QUOTA, SecurityMonitor.ALLOW_ALL);
  }

  public Kernel(ProgramSource programs, int handleQuota, SecurityMonitor monitor) {
    this(programs, handleQuota, DEFAULT_MEMORY_QUOTA, monitor);
  }

  /** A kernel with per-process quotas of handles and of committed memory (bytes). */
  public Kernel(ProgramSource programs, int handleQuota, long memoryQuota, SecurityMonitor monitor) {
    this(programs, BootImage.NONE, handleQuota, memoryQuota, monitor);
  }

  /**
   * A kernel booted from {@code image} (served read-only by kl.core.FS) whose executables come
   * from {@code programs}, with per-process quotas of handles and of committed memory (bytes).
   */
  public Kernel(ProgramSource programs, BootImage image, int handleQuota, long memoryQuota, SecurityMonitor monitor) {
    this.programs = programs;
    this.bootImage = image;
    this.handleQuota = handleQuota;
    this.memoryQuota = memoryQuota;
    this.monitor = new AuditingMonitor(monitor, kss);
    this.ipc = new Ipc(handles, this.monitor);
    this.serviceLocator = new ServiceLocator(ipc);
    this.connectionManager = new ConnectionManager(ipc);
    nameServers.put(DEFAULT_NAME_SERVER, new NameServer(DEFAULT_NAME_SERVER));
    this.threads = new KernelThreadGroup(this);
    this.sid = handles.newSid();
  }

  /** The kernel's own security id (PSL {@code execute src=kl.core.Core dst=kl.core.Core}). */
  public int sid() {
    return sid;
  }

  /**
   * Starts a stopped process if the security module allows it (PSL {@code execute}); {@code starter}
   * is the process asking (null: the kernel itself, as for Einit). A refused start leaves the
   * process stopped and fails with rcSecurityDisallow, naming the refusal.
   */
  public void start(Process starter, Process p) throws RetcodeException {
    ExecuteEvent e = new ExecuteEvent(starter == null ? "kernel" : starter.name(),
        starter == null ? ExecuteEvent.KERNEL_CLASS : starter.eiid(), starter == null ? sid : starter.sid(),
        p.name(), p.eiid(), p.sid());
    if (!monitor.permitsExecute(e)) {
      String why = monitor.lastRefusal();
      coreLog.write("task " + p.name() + " not started: the security policy refused it" + (why == null ? "" : ": " + why));
      throw new RetcodeException(Retcode.rcSecurityDisallow, "the security policy does not allow " + e.starter()
          + " (" + e.starterClass() + ") to start " + p.name() + " (" + p.eiid() + ")" + (why == null ? "" : ": " + why));
    }
    p.start();
  }

  /** The kernel the calling thread's process runs on, or null outside every process. */
  public static Kernel current() {
    for (ThreadGroup g = Thread.currentThread().getThreadGroup(); g != null; g = g.getParent()) {
      if (g instanceof KernelThreadGroup k) {
        return k.kernel;
      }
    }
    return null;
  }

  public Handles handles() {
    return handles;
  }

  /** The futex wait queues of every process (kl.core.Sync). */
  public Futexes futexes() {
    return futexes;
  }

  public Ipc ipc() {
    return ipc;
  }

  public ServiceLocator serviceLocator() {
    return serviceLocator;
  }

  /** The image the system booted from ({@link BootImage#NONE} when none was given). */
  public BootImage bootImage() {
    return bootImage;
  }

  /** The kernel log {@code kss} (security audit) or {@code core} (diagnostics); null for another name. */
  public KernelLog log(String name) {
    return switch (name) {
      case "kss" -> kss;
      case "core" -> coreLog;
      default -> null;
    };
  }

  /** The monitor every IPC message passes, with its decision counts. */
  public AuditingMonitor monitor() {
    return monitor;
  }

  /** The system time (kl.core.Time sets it; KnGetSystemTime reads it). */
  public TimeEndpoint clock() {
    return clock;
  }

  /** Nanoseconds since this kernel was made (KnGetUpTime). */
  public long upTimeNanos() {
    return System.nanoTime() - bootNanos;
  }

  /** The dispatcher of the kernel's own endpoints (kl.core.Core), built once. */
  public synchronized Dispatcher core() {
    if (core == null) {
      core = CoreEndpoints.dispatcher(clock);
    }
    return core;
  }

  public ConnectionManager connectionManager() {
    return connectionManager;
  }

  /** The name server {@code name} (null: the default one), or null when there is none. */
  public NameServer nameServer(String name) {
    return nameServers.get(name == null ? DEFAULT_NAME_SERVER : name);
  }

  /** Starts a further name server {@code name}; rcAlreadyExists if there is one. */
  public NameServer createNameServer(String name) throws RetcodeException {
    NameServer ns = new NameServer(name);
    if (nameServers.putIfAbsent(name, ns) != null) {
      throw new RetcodeException(Retcode.rcAlreadyExists, "a name server " + name + " already exists");
    }
    return ns;
  }

  /**
   * {@code EntityInitEx}: a stopped process of class {@code info.eiid()} named {@code name}
   * running the executable {@code path} (both default to the class name).
   */
  public Process createProcess(EntityInfo info, String name, String path) throws RetcodeException {
    String taskName = name != null ? name : info.eiid();
    String exe = path != null ? path : info.eiid();
    Map<String, Integer> endpoints = new HashMap<>();
    for (EndpointInfo e : info.endpoints()) {
      endpoints.put(e.name(), e.riid());
    }
    synchronized (processes) {
      if (process(taskName) != null) {
        throw new RetcodeException(Retcode.rcAlreadyExists, "a process named " + taskName + " already exists");
      }
      int pid = nextPid.getAndIncrement();
      Process p = new Process(threads, pid, taskName, info.eiid(), exe, programs.find(exe),
          new HandleTable(taskName, handleQuota), new VirtualMemory(memoryQuota), endpoints, this::exited,
          nextTid::getAndIncrement);
      processes.put(pid, p);
      p.table().setSubject(info.eiid(), handles.assignSid(p.taskObject()));
      coreLog.write("task " + taskName + " created: pid " + pid + ", class " + info.eiid() + ", path " + exe);
      return p;
    }
  }

  /** {@code EntityConnectToService}: a channel from {@code client} to {@code server} named {@code channel}. */
  public void connect(Process client, Process server, String channel) throws RetcodeException {
    client.requireStopped("connect");
    server.requireStopped("connect");
    serviceLocator.connect(client, server, channel != null ? channel : server.name());
  }

  /**
   * Boots the system: starts the init program at {@code path} as process {@code Einit} with
   * {@code args}. Einit then creates, connects and runs the rest through the entity API.
   */
  public Process boot(String path, String... args) throws RetcodeException {
    ExecuteEvent self = new ExecuteEvent("kernel", ExecuteEvent.KERNEL_CLASS, sid, "kernel", ExecuteEvent.KERNEL_CLASS,
        sid);
    if (!monitor.permitsExecute(self)) {
      String why = monitor.lastRefusal();
      throw new RetcodeException(Retcode.rcSecurityDisallow, "the security policy does not let the kernel start "
          + "(execute src=kl.core.Core, dst=kl.core.Core)" + (why == null ? "" : ": " + why));
    }
    Process einit = createProcess(EntityInfo.of("Einit"), "Einit", path);
    List<String> argv = new ArrayList<>();
    argv.add(path);
    argv.addAll(List.of(args));
    einit.setArgs(argv);
    start(null, einit);
    return einit;
  }

  /** The live process with this name, or null. */
  public Process process(String name) {
    for (Process p : processes.values()) {
      if (p.name().equals(name) && p.state() != Process.State.EXITED) {
        return p;
      }
    }
    return null;
  }

  /** Every process ever created, in pid order, exited ones included. */
  public List<Process> processes() {
    List<Process> all = new ArrayList<>(processes.values());
    all.sort(Comparator.comparingInt(Process::pid));
    return all;
  }

  /**
   * Whether the system can do nothing more by itself: every thread of every running process waits
   * in a Recv without a timeout (so no request is on its way), and no request was sent or received
   * while this was observed. Stopped processes do not count; a running process without a live
   * thread (starting, or ending) makes the system not idle.
   */
  public boolean isIdle() {
    return waitingCalls() == 0;
  }

  /**
   * Whether the system can do nothing more by itself because a client waits on a channel its
   * server never registered: every thread of every running process waits in a Recv without a
   * timeout or in such a Call, at least one in such a Call ({@link #unclaimedCalls}), and no
   * request was sent or received while this was observed.
   */
  public boolean isStuck() {
    return waitingCalls() > 0;
  }

  /**
   * How many threads wait in a Call on a channel no server registered, when every other thread of
   * every running process waits in a Recv without a timeout and no request was sent or received
   * while this was observed; -1 when something can still happen.
   */
  private int waitingCalls() {
    long before = ipc.activity();
    int unclaimed = 0;
    for (Process p : processes()) {
      if (p.state() != Process.State.RUNNING) {
        continue;
      }
      List<Thread> live = p.threads();
      if (live.isEmpty()) {
        return -1;
      }
      for (Thread t : live) {
        if (ipc.callsUnclaimed(t)) {
          unclaimed++;
        } else if (!ipc.receivesForever(t)) {
          return -1;
        }
      }
    }
    return ipc.activity() == before ? unclaimed : -1;
  }

  /** The Calls waiting, without a timeout, on a connection whose server never registered it. */
  public List<Ipc.UnclaimedCall> unclaimedCalls() {
    return ipc.unclaimedCalls();
  }

  /** Ends every process still running. */
  public void shutdown() {
    for (Process p : processes()) {
      p.exit(new ExitInfo(ExitInfo.Reason.TERMINATED, -1, "kernel shutdown"));
    }
  }

  private void exited(Process p) {
    ExitInfo e = p.exitInfo();
    coreLog.write("task " + p.name() + " ended: " + e.reason().name().toLowerCase(java.util.Locale.ROOT)
        + ", status " + e.status());
    p.taskObject().complete(handles);
    handles.closeAll(p.table());
    p.memory().release();
    nameServers.values().forEach(ns -> ns.forget(p.pid()));
    monitor.ended(p.sid());
  }

  /** The root thread group of the kernel's processes: how the facade finds the kernel. */
  private static final class KernelThreadGroup extends ThreadGroup {
    final Kernel kernel;

    KernelThreadGroup(Kernel kernel) {
      super("kos-kernel");
      this.kernel = kernel;
    }
  }
}
