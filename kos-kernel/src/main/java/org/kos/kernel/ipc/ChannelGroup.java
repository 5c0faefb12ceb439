package org.kos.kernel.ipc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.kos.kernel.handles.HandleTable;
import org.kos.kernel.handles.KernelObject;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * The server side of one or more channels sharing a name (a channel group): the listener handle
 * refers to it, and requests from every channel of the group queue here. When the last server
 * handle goes (the server closed it or exited), every queued and in-progress Call ends with
 * rcNotConnected.
 *
 * <p>No lock: a Call adds to a lock-free queue and a Recv takes from it; a receiver with nothing
 * to take spins for a while ({@link SpinBudget}), then enlists in {@code sleeping} and parks.
 * Only then does a Call pay for a wake-up: it unparks one enlisted receiver. A receiver enlists
 * before its last look at the queue and a Call looks for sleepers after adding, so one of them
 * always sees the other.
 */
public final class ChannelGroup extends KernelObject {
  /**
   * Spin budgets in nanoseconds. A receiver may spin longer than a caller: it covers its callers'
   * wake-ups (tens of microseconds on a busy virtual machine), so that a busy channel keeps its
   * server awake, while an idle one costs at most one short spin per request.
   */
  static final long CALLER_MIN_NANOS = 500;
  static final long CALLER_MAX_NANOS = 20_000;
  /**
   * A caller still waiting after its spin yields the CPU until this long after its request, then
   * parks: with more callers than cores the server then rarely pays for a wake-up.
   */
  static final long CALLER_YIELD_NANOS = 20_000;
  static final long RECEIVER_MIN_NANOS = 2_000;
  static final long RECEIVER_MAX_NANOS = 100_000;

  final String name;
  final HandleTable server;
  private final Map<String, Integer> endpoints;
  private final RequestQueue queue = new RequestQueue();
  private volatile boolean closed;
  /**
   * A static channel's group that its server has not asked for by name yet (ServiceLocatorRegister):
   * nothing receives on it, so a Call waits until the server does. Only einit's groups start so.
   */
  private volatile boolean unclaimed;
  /** Receivers parked (or about to park) until a request comes. */
  private final ConcurrentLinkedQueue<Thread> sleeping = new ConcurrentLinkedQueue<>();
  /** How long callers of this group spin for their response. */
  final SpinBudget callerSpin = new SpinBudget(CALLER_MIN_NANOS, CALLER_MAX_NANOS, CALLER_YIELD_NANOS);
  /** How long receivers of this group spin for a request. */
  private final SpinBudget receiverSpin = new SpinBudget(RECEIVER_MIN_NANOS, RECEIVER_MAX_NANOS);
  /**
   * The request each server thread received and has not answered yet, in a slot per thread that
   * stays: a Recv/Reply cycle only reads the map.
   */
  private final Map<Thread, AtomicReference<Transaction>> inProgress = new ConcurrentHashMap<>();

  ChannelGroup(String name, HandleTable server, Map<String, Integer> endpoints) {
    super("IPC channel group");
    this.name = name;
    this.server = server;
    this.endpoints = Map.copyOf(endpoints);
  }

  public String name() {
    return name;
  }

  public HandleTable server() {
    return server;
  }

  /** Marks the group as one whose server still has to register it (see {@link #claim()}). */
  public void markUnclaimed() {
    unclaimed = true;
  }

  /** The server registered the group: its listener handle is in the server's hands. */
  public void claim() {
    unclaimed = false;
  }

  /** Whether the server has not registered the group (a Call on it waits for that). */
  public boolean isUnclaimed() {
    return unclaimed;
  }

  /** The RIID of an endpoint of the server by either of its names, or null. */
  public Integer riid(String endpointName) {
    return endpoints.get(endpointName);
  }

  void submit(Transaction t) throws RetcodeException {
    if (closed) {
      throw gone();
    }
    queue.offer(t);
    // Closed between the check and the offer: the closing may have drained the queue before the
    // request was in it, so fail it here (receivers skip it; a closing that did drain it already
    // failed it the same way).
    if (closed) {
      t.fail(Retcode.rcNotConnected, "the server side of channel " + name + " is gone");
    }
    Thread sleeper = sleeping.poll();
    if (sleeper != null) {
      LockSupport.unpark(sleeper);
    }
  }

  /**
   * The next request, waiting for it until {@code deadline} ({@link System#nanoTime};
   * Long.MAX_VALUE: forever). A receiver that waits forever is in {@code waitingForever} while it
   * sleeps (only a request can end that wait), and counts in {@code wakeUps} when it wakes.
   */
  Transaction take(long deadline, Set<Thread> waitingForever, PaddedCounter wakeUps) throws RetcodeException {
    Transaction t = queue.poll();
    for (int i = 0; t == null && i < SpinBudget.FREE_SPINS; i++) {
      Thread.onSpinWait();
      t = queue.poll();
    }
    if (t != null) {
      return t;
    }
    long idleSince = System.nanoTime();
    if (receiverSpin.start()) {
      try {
        long until = receiverSpin.until(idleSince);
        if (deadline != Long.MAX_VALUE && deadline - until < 0) {
          until = deadline;
        }
        for (int i = 0; (t = queue.poll()) == null; i++) {
          Thread.onSpinWait();
          if ((i & 15) == 15 && System.nanoTime() - until > 0) {
            break;
          }
        }
      } finally {
        receiverSpin.stop();
      }
    }
    if (t == null) {
      t = sleepUntilRequest(deadline, waitingForever, wakeUps);
      receiverSpin.missed(t.sentAt - idleSince);
    }
    return t;
  }

  private Transaction sleepUntilRequest(long deadline, Set<Thread> waitingForever, PaddedCounter wakeUps)
      throws RetcodeException {
    Thread self = Thread.currentThread();
    boolean forever = deadline == Long.MAX_VALUE;
    if (forever) {
      waitingForever.add(self);
    }
    try {
      while (true) {
        sleeping.add(self); // before the last look, so that a Call adding after it wakes us
        Transaction t = queue.poll();
        if (t != null) {
          return t;
        }
        if (closed) {
          throw new RetcodeException(Retcode.rcNotConnected, "channel group " + name + " was closed");
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new RetcodeException(Retcode.rcTimeout, "no request on " + name + " before the timeout");
        }
        if (deadline == Long.MAX_VALUE) {
          LockSupport.park(this);
        } else {
          LockSupport.parkNanos(this, left);
        }
        if (Thread.interrupted()) {
          self.interrupt();
          throw new RetcodeException(Retcode.rcIpcInterrupt, "Recv on " + name + " was interrupted");
        }
        sleeping.remove(self); // woken by a Call (already removed), by a timeout or spuriously
      }
    } finally {
      sleeping.remove(self);
      if (forever) {
        wakeUps.increment(); // before leaving the set: an observer that saw us asleep sees the count
        waitingForever.remove(self);
      }
    }
  }

  private AtomicReference<Transaction> slot() {
    Thread self = Thread.currentThread();
    AtomicReference<Transaction> slot = inProgress.get(self);
    return slot != null ? slot : inProgress.computeIfAbsent(self, k -> new AtomicReference<>());
  }

  void started(Transaction t) {
    AtomicReference<Transaction> slot = slot();
    Transaction previous = slot.getAndSet(t);
    if (previous != null) {
      previous.fail(Retcode.rcTransferError, "the server received another request without replying to this one");
    }
    // Closed while this request was between the queue and the in-progress map: the closing missed it.
    if (closed && slot.compareAndSet(t, null)) {
      t.fail(Retcode.rcNotConnected, "the server side of channel " + name + " is gone");
    }
  }

  /** The request this thread received and now answers, or null. */
  Transaction finishing() {
    AtomicReference<Transaction> slot = inProgress.get(Thread.currentThread());
    return slot == null ? null : slot.getAndSet(null);
  }

  private RetcodeException gone() {
    return new RetcodeException(Retcode.rcNotConnected, "the server side of channel " + name + " is gone");
  }

  @Override
  protected void onDestroyed() {
    closed = true;
    for (Thread t; (t = sleeping.poll()) != null; ) {
      LockSupport.unpark(t);
    }
    List<Transaction> doomed = new ArrayList<>();
    for (Transaction t; (t = queue.poll()) != null; ) {
      doomed.add(t);
    }
    for (AtomicReference<Transaction> slot : inProgress.values()) {
      Transaction t = slot.getAndSet(null); // whoever empties a slot fails its request (see started)
      if (t != null) {
        doomed.add(t);
      }
    }
    for (Transaction t : doomed) {
      t.fail(Retcode.rcNotConnected, "the server side of channel " + name + " is gone");
    }
  }
}
