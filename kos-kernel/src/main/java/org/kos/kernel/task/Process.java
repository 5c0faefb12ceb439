package org.kos.kernel.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.kos.kernel.handles.HandleTable;
import org.kos.kernel.vmm.VirtualMemory;
import org.kos.kernel.ipc.Ipc;
import org.kos.libkos.spi.ProcessRef;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * A process: a program with its own handle table, threads, arguments and environment, endpoint
 * table and service-locator names. It is created stopped, started once, and ends when its main
 * thread returns, it calls exit, or any of its threads throws an uncaught exception. Ending closes
 * every handle it holds (which wakes its peers: Calls to it end with rcNotConnected) and
 * interrupts its remaining threads.
 */
public final class Process implements ProcessRef {
  /** Live threads a process may have at once, its main thread included, unless the kernel says otherwise. */
  public static final int DEFAULT_THREAD_QUOTA = 256;

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
  private final IntSupplier tids;
  private final TaskObject taskObject = new TaskObject(this);
  /** Kernel records of the threads that have one (created, opened or asked about), by Java thread. */
  private final Map<Thread, ProcessThread> threadRecords = new ConcurrentHashMap<>();
  private volatile ProcessThread.Sched initialSched = new ProcessThread.Sched(ProcessThread.SCHED_OTHER,
      ProcessThread.PRIORITY_NORMAL, 0);
  private volatile long defaultStackSize;
  private volatile long terminatedBy;
  private volatile int threadQuota = DEFAULT_THREAD_QUOTA;
  private volatile Throwable crash;
  /** Client handles by connection id, for ServiceLocatorConnect. */
  public final Map<String, Integer> connections = new ConcurrentHashMap<>();
  /** Channel groups served, by name, for ServiceLocatorRegister. */
  public final Map<String, Ipc.Listener> groups = new ConcurrentHashMap<>();

  public Process(ThreadGroup parent, int pid, String name, String eiid, String path, Program program,
      HandleTable table, VirtualMemory memory, Map<String, Integer> endpoints, Consumer<Process> onExit,
      IntSupplier tids) {
    this.pid = pid;
    this.tids = tids;
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

  /** How many live threads the process may have at once (rcQuotaExceeded past it). */
  public void setThreadQuota(int quota) {
    threadQuota = quota;
  }

  /**
   * Starts a thread the program made ({@code Thread.start()} in a program, rewritten by the
   * program loader), if the process is below its thread quota: rcQuotaExceeded otherwise, and
   * rcInvalidOperation once the process has ended. Serialised, so that concurrent starts cannot
   * together pass the quota.
   */
  public synchronized void startThread(Thread t) throws RetcodeException {
    admitThread();
    t.start();
  }

  private void admitThread() throws RetcodeException {
    if (state == State.EXITED) {
      throw new RetcodeException(Retcode.rcInvalidOperation, "process " + name + " has ended");
    }
    if (threads.activeCount() >= threadQuota) {
      throw new RetcodeException(Retcode.rcQuotaExceeded,
          "process " + name + " already has " + threadQuota + " threads (its thread quota)");
    }
  }

  /**
   * Threads for a program's executors: of this process, and none past the thread quota (the
   * executor then refuses the task). Threads an executor has not started yet are not counted, so
   * a burst can pass the quota by the executor's own bound.
   */
  public ThreadFactory threadFactory() {
    return body -> {
      synchronized (this) {
        try {
          admitThread();
        } catch (RetcodeException e) {
          return null;
        }
        return newThread(body, name + ".pool");
      }
    };
  }

  public int pid() {
    return pid;
  }

  @Override
  public String name() {
    return name;
  }

  /** The process's security id: its task object's, given when the kernel creates the process. */
  public int sid() {
    return taskObject.sid();
  }

  @Override
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

  /** {@code Task.FreeSelfEnv}: the process drops its environment ({@code getenv} finds nothing). */
  public void freeEnv() {
    this.env = Map.of();
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
    ProcessThread record = register(main, defaultStackSize, initialSched.priority(), false);
    ProcessThread.Sched s = initialSched;
    try {
      record.setSched(s.policy(), s.priority(), s.policy() == ProcessThread.SCHED_RR, s.param());
    } catch (RetcodeException e) {
      throw new IllegalStateException("initial scheduler class was validated when set", e);
    }
    main.start();
  }

  /** A thread of this process (not started). */
  public Thread newThread(Runnable body, String threadName) {
    return newThread(body, threadName, 0);
  }

  private Thread newThread(Runnable body, String threadName, long stackSize) {
    Thread t = new Thread(threads, body, threadName, stackSize);
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
    } catch (ThreadExit e) {
      // The main thread's exit code ends the process, as returning from main does.
      ProcessThread r = recordOf(Thread.currentThread());
      if (r != null) {
        r.ended(e.code);
      }
      exit(ExitInfo.exited(e.code));
    } catch (Throwable t) {
      crashed(Thread.currentThread(), t);
    }
  }

  /** Ends the process because {@code thread} threw {@code t} and nobody caught it. */
  void crashed(Thread thread, Throwable t) {
    synchronized (this) {
      if (crash == null && state != State.EXITED) {
        crash = t;
      }
    }
    exit(ExitInfo.crashed(thread, t));
  }

  /**
   * Where the uncaught exception that ended the process was thrown, in the program's own code:
   * its frames (not the kernel's or the platform's), and the same for each cause, as
   * {@code printStackTrace} would print them; empty when the process did not end so.
   */
  public List<String> crashTrace() {
    Throwable t = crash;
    ClassLoader own = program.classLoader();
    // A program of its own loader (a jar) has frames to show; one of the kernel's loader (a lambda) none.
    String loader = own == null || own == Process.class.getClassLoader() ? null : own.getName();
    List<String> lines = new ArrayList<>();
    for (int depth = 0; t != null && depth < 8; t = t.getCause(), depth++) {
      if (depth > 0) {
        lines.add("Caused by: " + t);
      }
      for (StackTraceElement e : t.getStackTrace()) {
        if (loader != null && loader.equals(e.getClassLoaderName())) {
          lines.add("  at " + e.getClassName() + "." + e.getMethodName() + "(" + (e.getFileName() == null
              ? "Unknown Source" : e.getFileName() + (e.getLineNumber() > 0 ? ":" + e.getLineNumber() : "")) + ")");
        }
      }
    }
    return lines;
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

  /**
   * {@code Task.Terminate}: ends the process as an uncaught exception does (handles closed, peers
   * woken with rcNotConnected, threads interrupted); its threads end at their next kernel call.
   * {@code by} is the terminating process, null for the kernel.
   */
  public void terminate(Process by) throws RetcodeException {
    synchronized (this) {
      if (state == State.EXITED) {
        throw new RetcodeException(Retcode.rcInvalidOperation, "process " + name + " has already ended");
      }
      terminatedBy = by == null ? 0 : by.pid();
    }
    exit(ExitInfo.terminated(by == null ? "the kernel" : by.name() + " (pid " + by.pid() + ")"));
    if (by == this) {
      throw new ThreadExit(-1);
    }
  }

  /** PID of the process that terminated this one (0: the kernel, or not terminated). */
  public long terminatedBy() {
    return terminatedBy;
  }

  /** The resource task handles to this process refer to. */
  public TaskObject taskObject() {
    return taskObject;
  }

  /** The initial thread's scheduler class and priority ({@code Task.Get/SetInitialThread*}). */
  public ProcessThread.Sched initialSched() {
    return initialSched;
  }

  /** {@code Task.SetInitialThreadPriority}/{@code SchedPolicy}: used when the process starts. */
  public void setInitialSched(int policy, int priority, boolean rrParam, long param) throws RetcodeException {
    ProcessThread.checkSched(policy, priority, rrParam, param);
    requireStopped("set the initial thread's scheduling");
    initialSched = new ProcessThread.Sched(policy, priority, policy == ProcessThread.SCHED_RR ? param : 0);
  }

  /** The stack size new threads get by default ({@code Task.Create}'s stackSize; 0: the JVM's). */
  public void setDefaultStackSize(long bytes) {
    defaultStackSize = bytes;
  }

  /**
   * The kernel record of the calling thread of this process, made on first use; threads a program
   * started with {@code new Thread} get the initial thread's priority.
   */
  public ProcessThread currentThread() {
    return threadRecords.computeIfAbsent(Thread.currentThread(),
        t -> new ProcessThread(this, tids.getAsInt(), t, 0, initialSched.priority(), false));
  }

  /** The kernel record of {@code t}, or null when it has none. */
  ProcessThread recordOf(Thread t) {
    return threadRecords.get(t);
  }

  /**
   * {@code KnThreadCreate}: a started thread of this process running {@code body}, with a kernel
   * record; a suspended one waits for {@code Thread.Resume} before running it.
   */
  public ProcessThread createThread(Runnable body, int priority, long stackSize, boolean suspended)
      throws RetcodeException {
    ProcessThread.checkPriority(priority);
    synchronized (this) {
      admitThread();
    }
    ProcessThread[] self = new ProcessThread[1];
    Runnable run = () -> {
      try {
        self[0].awaitResume();
      } catch (RetcodeException e) {
        return; // interrupted while created suspended: the process is ending
      }
      body.run();
    };
    Thread t = newThread(run, name + ".thread", stackSize != 0 ? stackSize : defaultStackSize);
    self[0] = register(t, stackSize, priority, suspended);
    t.setName(name + ".thread-" + self[0].tid());
    t.start();
    return self[0];
  }

  private ProcessThread register(Thread t, long stackSize, int priority, boolean suspended) {
    ProcessThread r = new ProcessThread(this, tids.getAsInt(), t, stackSize, priority, suspended);
    threadRecords.put(t, r);
    return r;
  }

  /**
   * Called in a kernel entry of a thread of this process: a terminated thread, or a thread of a
   * terminated process, ends here by throwing {@link ThreadExit}.
   */
  public void unwindIfTerminated() {
    ProcessThread r = threadRecords.get(Thread.currentThread());
    if (r != null) {
      r.unwindIfTerminating();
    }
    ExitInfo e = exitInfo;
    if (e != null && e.reason() == ExitInfo.Reason.TERMINATED) {
      throw new ThreadExit(-1);
    }
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
