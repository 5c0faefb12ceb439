package org.kos.kernel.ipc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * to take spins briefly, then enlists in {@code sleeping} and parks. Only then does a Call pay
 * for a wake-up: it unparks one enlisted receiver. A receiver enlists before its last look at the
 * queue and a Call looks for sleepers after adding, so one of them always sees the other.
 */
public final class ChannelGroup extends KernelObject {
  /** Looks at an empty queue this many times before sleeping (as the bare handoff it is measured against). */
  static final int SPINS = 200;

  final String name;
  final HandleTable server;
  private final Map<String, Integer> endpoints;
  private final ConcurrentLinkedQueue<Transaction> queue = new ConcurrentLinkedQueue<>();
  private volatile boolean closed;
  /** Receivers parked (or about to park) until a request comes. */
  private final ConcurrentLinkedQueue<Thread> sleeping = new ConcurrentLinkedQueue<>();
  /** How long callers of this group spin for their response. */
  final CallerSpin callerSpin = new CallerSpin();
  /** Requests received and not yet answered, by the server thread that received them. */
  private final Map<Thread, Transaction> inProgress = new ConcurrentHashMap<>();

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

  /** The RIID of an endpoint of the server by either of its names, or null. */
  public Integer riid(String endpointName) {
    return endpoints.get(endpointName);
  }

  void submit(Transaction t) throws RetcodeException {
    if (closed) {
      throw gone();
    }
    queue.offer(t);
    // Closed between the check and the offer: take the request back unless the closing already
    // drained (and failed) it.
    if (closed && queue.remove(t)) {
      throw gone();
    }
    Thread sleeper = sleeping.poll();
    if (sleeper != null) {
      LockSupport.unpark(sleeper);
    }
  }

  Transaction take(long deadline) throws RetcodeException {
    Transaction t = queue.poll();
    for (int i = 0; t == null && i < SPINS; i++) {
      Thread.onSpinWait();
      t = queue.poll();
    }
    return t != null ? t : sleepUntilRequest(deadline);
  }

  private Transaction sleepUntilRequest(long deadline) throws RetcodeException {
    Thread self = Thread.currentThread();
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
    }
  }

  void started(Transaction t) {
    Transaction previous = inProgress.put(Thread.currentThread(), t);
    if (previous != null) {
      previous.fail(Retcode.rcTransferError, "the server received another request without replying to this one");
    }
    // Closed while this request was between the queue and the in-progress map: the closing missed it.
    if (closed && inProgress.remove(Thread.currentThread(), t)) {
      t.fail(Retcode.rcNotConnected, "the server side of channel " + name + " is gone");
    }
  }

  Transaction finishing() {
    return inProgress.remove(Thread.currentThread());
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
    for (Thread receiver : inProgress.keySet()) {
      Transaction t = inProgress.remove(receiver); // whoever removes a request fails it (see started)
      if (t != null) {
        doomed.add(t);
      }
    }
    for (Transaction t : doomed) {
      t.fail(Retcode.rcNotConnected, "the server side of channel " + name + " is gone");
    }
  }
}
