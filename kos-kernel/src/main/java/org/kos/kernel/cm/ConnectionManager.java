package org.kos.kernel.cm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kos.kernel.handles.HandleTable;
import org.kos.kernel.ipc.ChannelGroup;
import org.kos.kernel.ipc.Ipc;
import org.kos.kernel.task.Process;
import org.kos.libkos.CmApi;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * Dynamic channels. A client asks for a channel to an endpoint of a server process by name
 * ({@link #connect}); the request waits for that server to take it with {@link #listen}, then to
 * {@link #accept} it (the client gets a client handle and the RIID) or {@link #drop} it (the client
 * gets rcNotConnected). A request nobody answers within the client's timeout is withdrawn
 * (rcTimeout). Accept with {@link #INVALID_HANDLE} as listener creates a new channel group, whose
 * listener handle the server receives; with an existing listener handle the channel joins that
 * group, so one Recv serves every client of the group.
 */
public final class ConnectionManager {
  /** {@code INVALID_HANDLE}: "create a new listener". */
  public static final int INVALID_HANDLE = CmApi.INVALID_HANDLE;

  /** A channel request from {@code client} for {@code service} of the server {@code server}. */
  private static final class Request {
    final Process client;
    final String server;
    final String service;
    boolean listened;
    RetcodeException failure;
    int handle;
    int riid = -1;

    Request(Process client, String server, String service) {
      this.client = client;
      this.server = server;
      this.service = service;
    }

    boolean answered() {
      return failure != null || riid >= 0;
    }
  }

  /** What {@link #listen} returns: who asks for which endpoint. */
  public record Pending(String client, String service) {}

  private final Ipc ipc;
  /** Requests not yet listened to, by server name, oldest first. */
  private final Map<String, ArrayDeque<Request>> waiting = new HashMap<>();
  /** Requests listened to and not yet accepted or dropped. */
  private final List<Request> listened = new ArrayList<>();

  public ConnectionManager(Ipc ipc) {
    this.ipc = ipc;
  }

  /** {@code KnCmConnect}: the client handle of a new channel, and the RIID of {@code service}. */
  public int[] connect(Process client, String server, String service, long msecs) throws RetcodeException {
    requireName(server, "server");
    requireName(service, "service");
    Request r = new Request(client, server, service);
    synchronized (this) {
      waiting.computeIfAbsent(server, k -> new ArrayDeque<>()).addLast(r);
      notifyAll();
      await(r::answered, msecs, () -> {
        waiting.getOrDefault(server, new ArrayDeque<>()).remove(r);
        listened.remove(r);
      });
      if (r.failure != null) {
        throw r.failure;
      }
      return new int[] {r.handle, r.riid};
    }
  }

  /** {@code KnCmListen}: the next request to the calling server; rcTimeout when none came in time. */
  public synchronized Pending listen(Process server, long msecs) throws RetcodeException {
    ArrayDeque<Request> queue = waiting.computeIfAbsent(server.name(), k -> new ArrayDeque<>());
    await(() -> !queue.isEmpty(), msecs, () -> {});
    Request r = queue.pollFirst();
    r.listened = true;
    listened.add(r);
    return new Pending(r.client.name(), r.service);
  }

  /**
   * {@code KnCmAccept}: creates the channel for the listened request of {@code client} for
   * {@code service}, answering it with endpoint {@code riid}; returns the server's handle (the
   * listener of the group).
   */
  public synchronized int accept(Process server, String client, String service, int riid, int listener)
      throws RetcodeException {
    Request r = take(server, client, service);
    try {
      HandleTable table = server.table();
      Ipc.Listener l;
      if (listener == INVALID_HANDLE) {
        l = ipc.createGroup(table, server.name() + "/" + service, server.endpoints());
        server.groups.put(l.group().name() + "#" + l.handle(), l);
      } else {
        ChannelGroup g = ipc.group(table, listener);
        l = new Ipc.Listener(g, listener);
      }
      r.handle = ipc.connect(r.client.table(), l.group(), service);
      r.riid = riid & 0xFFFF;
      return l.handle();
    } catch (RetcodeException e) {
      r.failure = new RetcodeException(e.rc(), "the server could not accept: " + e.getMessage());
      throw e;
    } finally {
      notifyAll();
    }
  }

  /** {@code KnCmDrop}: refuses the listened request; the client's connect ends with rcNotConnected. */
  public synchronized void drop(Process server, String client, String service) throws RetcodeException {
    Request r = take(server, client, service);
    r.failure = new RetcodeException(Retcode.rcNotConnected, server.name() + " refused the channel to " + service);
    notifyAll();
  }

  private Request take(Process server, String client, String service) throws RetcodeException {
    for (Request r : listened) {
      if (r.server.equals(server.name()) && r.client.name().equals(client) && r.service.equals(service)) {
        listened.remove(r);
        return r;
      }
    }
    throw new RetcodeException(Retcode.rcResourceNotFound,
        "no request from " + client + " for " + service + " was listened to by " + server.name());
  }

  /** Waits on this monitor until {@code done}, at most {@code msecs} (negative: forever). */
  private void await(java.util.function.BooleanSupplier done, long msecs, Runnable onTimeout)
      throws RetcodeException {
    long deadline = msecs < 0 ? Long.MAX_VALUE : System.nanoTime() + msecs * 1_000_000L;
    try {
      while (!done.getAsBoolean()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          onTimeout.run();
          throw new RetcodeException(Retcode.rcTimeout, "no answer within " + msecs + " ms");
        }
        if (deadline == Long.MAX_VALUE) {
          wait();
        } else {
          wait(Math.max(1, left / 1_000_000L));
        }
      }
    } catch (InterruptedException e) {
      onTimeout.run();
      Thread.currentThread().interrupt();
      throw new RetcodeException(Retcode.rcIpcInterrupt, "interrupted while waiting");
    }
  }

  private static void requireName(String s, String what) throws RetcodeException {
    if (s == null || s.isEmpty()) {
      throw new RetcodeException(Retcode.rcInvalidArgument, "no " + what + " name");
    }
  }
}
