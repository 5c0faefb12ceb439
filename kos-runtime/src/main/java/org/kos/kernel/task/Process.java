package org.kos.kernel.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.kos.kernel.handles.HandleTable;
import org.kos.kernel.vmm.VirtualMemory;
import org.kos.kernel.ipc.Ipc;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * A process: a program with its own handle table, threads, arguments and environment, endpoint
 * table and service-locator names. It is created stopped, started once, and ends when its main
 * thread returns, it calls exit, or any of its threads throws an uncaught exception. Ending closes
 * every handle it holds (which wakes its peers: Calls to it end with rcNotConnected) and
 * interrupts its remaining threads.
 */
public final class Process {
  /** Lifecycle states. */
  public enum State {
    STOPPED,
    RUNNING,
    EXITED
  }

  private final int pid;
  private final String name;
  private final String eiid;
  private final String path;
  private final Program program;
  private final HandleTable table;
  private final VirtualMemory memory;
  private final Map<String, Integer> endpoints;
  private final Consumer<Process> onExit;
  private final ProcessThreadGroup threads;
  private final CountDownLatch exited = new CountDownLatch(1);
  private volatile List<String> args = List.of();
  private volatile Map<String, String> env = Map.of();
  private volatile State state = State.STOPPED;
  private volatile ExitInfo exitInfo;
  /** Client handles by connection id, for ServiceLocatorConnect. */
  public final Map<String, Integer> connections = new ConcurrentHashMap<>();
  /** Channel groups served, by name, for ServiceLocatorRegister. */
  public final Map<String, Ipc.Listener> groups = new ConcurrentHashMap<>();

  public Process(ThreadGroup parent, int pid, String name, String eiid, String path, Program program,
      HandleTable table, VirtualMemory memory, Map<String, Integer> endpoints, Consumer<Process> onExit) {
    this.pid = pid;
    this.name = name;
    this.eiid = eiid;
    this.path = path;
    this.program = program;
    this.table = table;
    this.memory = memory;
    this.endpoints = Map.copyOf(endpoints);
    this.onExit = onExit;
    this.threads = new ProcessThreadGroup(parent, this);
  }

  /** The process's address space (pages and the memory quota). */
  public VirtualMemory memory() {
    return memory;
  }

  /** The process the calling thread belongs to, or null for a thread outside every process. */
  public static Process current() {
    for (ThreadGroup g = Thread.currentThread().getThreadGroup(); g != null; g = g.getParent()) {
      if (g instanceof ProcessThreadGroup p) {
        return p.process;
      }
    }
    return null;
  }

  public int pid() {
    return pid;
  }

  public String name() {
    return name;
  }

  public String eiid() {
    return eiid;
  }

  public String path() {
    return path;
  }

  public HandleTable table() {
    return table;
  }

  /** RIIDs of the process's endpoints by both name forms. */
  public Map<String, Integer> endpoints() {
    return endpoints;
  }

  public State state() {
    return state;
  }

  /** argv as given by EntitySetArgs (argv[0] first). */
  public List<String> args() {
    return args;
  }

  public Map<String, String> env() {
    return env;
  }

  /** {@code EntitySetArgs}: only while stopped. */
  public void setArgs(List<String> argv) throws RetcodeException {
    requireStopped("set arguments");
    this.args = List.copyOf(argv);
  }

  /** {@code EntitySetEnv}: "NAME=VALUE" strings, only while stopped. */
  public void setEnv(List<String> envs) throws RetcodeException {
    requireStopped("set the environment");
    Map<String, String> m = new LinkedHashMap<>();
    for (String e : envs) {
      int eq = e.indexOf('=');
      if (eq <= 0) {
        throw new RetcodeException(Retcode.rcInvalidArgument, "environment entry \"" + e + "\" is not NAME=VALUE");
      }
      m.put(e.substring(0, eq), e.substring(eq + 1));
    }
    this.env = Map.copyOf(m);
  }

  public void requireStopped(String what) throws RetcodeException {
    if (state != State.STOPPED) {
      throw new RetcodeException(Retcode.rcInvalidOperation,
          "cannot " + what + " of process " + name + ": it is " + state.name().toLowerCase());
    }
  }

  /** {@code EntityRun}: starts the main thread with argv[1..]. */
  public synchronized void start() throws RetcodeException {
    requireStopped("start");
    state = State.RUNNING;
    List<String> argv = args;
    String[] mainArgs = argv.isEmpty() ? new String[0] : argv.subList(1, argv.size()).toArray(new String[0]);
    Thread main = newThread(() -> runMain(mainArgs), name + ".main");
    main.start();
  }

  /** A thread of this process (not started). */
  public Thread newThread(Runnable body, String threadName) {
    Thread t = new Thread(threads, body, threadName);
    t.setDaemon(true);
    t.setContextClassLoader(program.classLoader());
    return t;
  }

  private void runMain(String[] mainArgs) {
    try {
      program.main(mainArgs);
      exit(ExitInfo.exited(0));
    } catch (ProcessExit e) {
      exit(ExitInfo.exited(e.status));
    } catch (Throwable t) {
      exit(ExitInfo.crashed(Thread.currentThread(), t));
    }
  }

  /** Ends the process (once): closes its handles, interrupts its threads, wakes waiters. */
  public void exit(ExitInfo info) {
    synchronized (this) {
      if (state == State.EXITED) {
        return;
      }
      state = State.EXITED;
      exitInfo = info;
    }
    onExit.accept(this);
    Thread self = Thread.currentThread();
    for (Thread t : threadsOf()) {
      if (t != self) {
        t.interrupt();
      }
    }
    exited.countDown();
  }

  /** The live threads of the process. */
  public List<Thread> threads() {
    return threadsOf();
  }

  private List<Thread> threadsOf() {
    Thread[] all = new Thread[threads.activeCount() + 8];
    int n = threads.enumerate(all, true);
    List<Thread> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(all[i]);
    }
    return out;
  }

  /** How the process ended, or null while it runs. */
  public ExitInfo exitInfo() {
    return exitInfo;
  }

  /** Waits for the process to end; null if it still runs after the timeout. */
  public ExitInfo awaitExit(long timeout, TimeUnit unit) throws InterruptedException {
    return exited.await(timeout, unit) ? exitInfo : null;
  }

  @Override
  public String toString() {
    return "process " + name + " (pid " + pid + ", " + eiid + ")";
  }
}
