package org.kos.kernel.ipc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.kos.kernel.handles.HandleTable;
import org.kos.kernel.handles.KernelObject;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * The server side of one or more channels sharing a name (a channel group): the listener handle
 * refers to it, and requests from every channel of the group queue here. When the last server
 * handle goes (the server closed it or exited), every queued and in-progress Call ends with
 * rcNotConnected.
 */
public final class ChannelGroup extends KernelObject {
  final String name;
  final HandleTable server;
  private final Map<String, Integer> endpoints;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final ArrayDeque<Transaction> queue = new ArrayDeque<>();
  private boolean closed;
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
    lock.lock();
    try {
      if (closed) {
        throw new RetcodeException(Retcode.rcNotConnected, "the server side of channel " + name + " is gone");
      }
      queue.addLast(t);
      arrived.signal();
    } finally {
      lock.unlock();
    }
  }

  Transaction take(long deadline) throws RetcodeException {
    lock.lock();
    try {
      while (queue.isEmpty()) {
        if (closed) {
          throw new RetcodeException(Retcode.rcNotConnected, "channel group " + name + " was closed");
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new RetcodeException(Retcode.rcTimeout, "no request on " + name + " before the timeout");
        }
        try {
          if (deadline == Long.MAX_VALUE) {
            arrived.await();
          } else {
            arrived.awaitNanos(left);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new RetcodeException(Retcode.rcIpcInterrupt, "Recv on " + name + " was interrupted");
        }
      }
      return queue.pollFirst();
    } finally {
      lock.unlock();
    }
  }

  void started(Transaction t) {
    Transaction previous = inProgress.put(Thread.currentThread(), t);
    if (previous != null) {
      previous.fail(Retcode.rcTransferError, "the server received another request without replying to this one");
    }
  }

  Transaction finishing() {
    return inProgress.remove(Thread.currentThread());
  }

  @Override
  protected void onDestroyed() {
    List<Transaction> doomed = new ArrayList<>();
    lock.lock();
    try {
      closed = true;
      doomed.addAll(queue);
      queue.clear();
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
    doomed.addAll(inProgress.values());
    inProgress.clear();
    for (Transaction t : doomed) {
      t.fail(Retcode.rcNotConnected, "the server side of channel " + name + " is gone");
    }
  }
}
