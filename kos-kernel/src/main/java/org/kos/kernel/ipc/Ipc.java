package org.kos.kernel.ipc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kos.kernel.handles.HandleTable;
import org.kos.kernel.handles.Handles;
import org.kos.kernel.security.IpcMessageEvent.Direction;
import org.kos.kernel.security.IpcMessageEvent;
import org.kos.kernel.security.SecurityMonitor;
import org.kos.libkos.Ocap;
import org.kos.nk.Arena;
import org.kos.nk.HandleDesc;
import org.kos.nk.NkMessage;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * The IPC system calls: {@code Call}, {@code Recv} and {@code Reply} over channels, with the
 * handles of every message moved between handle spaces and the security monitor asked about every
 * message. A Call never hangs on a server that is gone: it ends with rcNotConnected.
 */
public final class Ipc {
  /** Timeout meaning "wait as long as it takes". */
  public static final long INFINITE = -1;

  private final Handles handles;
  private volatile SecurityMonitor monitor;
  /** Threads asleep in a Recv without a timeout: they wait until another process sends something. */
  private final Set<Thread> receivingForever = ConcurrentHashMap.newKeySet();
  /**
   * Threads in a Call without a timeout on a group its server has not registered: what a client
   * waits on when it and its server name the connection differently (kos run says so).
   */
  private final Map<Thread, UnclaimedCall> callingUnclaimed = new ConcurrentHashMap<>();
  /** Counters for statistics (callers count requests, servers responses: each on its own line). */
  private final PaddedCounter requests = new PaddedCounter();
  private final PaddedCounter responses = new PaddedCounter();
  /** Wake-ups of receivers that slept without a timeout (an idle system has none). */
  private final PaddedCounter wakeUps = new PaddedCounter();

  public Ipc(Handles handles, SecurityMonitor monitor) {
    this.handles = handles;
    this.monitor = monitor;
  }

  /** Installs a security policy; messages already delivered are not reconsidered. */
  public void setSecurityMonitor(SecurityMonitor monitor) {
    this.monitor = monitor;
  }

  /**
   * A channel group named {@code name} served by {@code server}, and the listener handle it gets.
   * {@code endpoints} maps both names of each of the server's endpoints to its RIID.
   */
  public Listener createGroup(HandleTable server, String name, Map<String, Integer> endpoints)
      throws RetcodeException {
    ChannelGroup g = new ChannelGroup(name, server, endpoints);
    return new Listener(g, handles.install(server, g, Ocap.OCAP_IPC_LISTENER));
  }

  /** A new channel of {@code group} under the connection id {@code id}; returns the client handle. */
  public int connect(HandleTable client, ChannelGroup group, String id) throws RetcodeException {
    if (group.isDestroyed()) {
      throw new RetcodeException(Retcode.rcNotConnected, "the server side of " + group.name() + " is gone");
    }
    return handles.install(client, new ClientChannel(group, id), Ocap.OCAP_IPC_CLIENT);
  }

  /** The client channel behind a client handle. */
  public ClientChannel clientChannel(HandleTable table, int handle) throws RetcodeException {
    return handles.object(table, handle, ClientChannel.class, 0);
  }

  /** The channel group behind a listener or server handle. */
  public ChannelGroup group(HandleTable table, int handle) throws RetcodeException {
    return handles.object(table, handle, ChannelGroup.class, 0);
  }

  /**
   * {@code Call}: sends the request through the client handle and waits for the response, at
   * most {@code timeoutMillis} ({@link #INFINITE} for no limit).
   */
  public void call(HandleTable caller, int handle, NkMessage req, Arena reqArena, NkMessage res, Arena resArena,
      long timeoutMillis) throws RetcodeException {
    ClientChannel ch = handles.object(caller, handle, ClientChannel.class, Ocap.OCAP_IPC_CALL);
    Object s = Snapshot.copyOf(req, reqArena);
    handles.checkSendable(caller, Snapshot.handles(s));
    ChannelGroup g = ch.group;
    SecurityMonitor m = monitor;
    requests.increment();
    if (!m.permitsEverything() // no event to build when the answer is yes anyway
        && !m.permitsWithoutEvent(Direction.REQUEST, caller.subjectClass(), caller.subjectSid(),
            g.server.subjectClass(), g.server.subjectSid(), req.riid(), req.mid(), Snapshot.fixed(s), Snapshot.arena(s))) {
      check(m, new IpcMessageEvent(Direction.REQUEST, caller.owner(), g.server.owner(), ch.id, req.riid(), req.mid(),
          caller.subjectClass(), caller.subjectSid(), g.server.subjectClass(), g.server.subjectSid(),
          Snapshot.view(s, handles, caller)));
    }
    Transaction t = new Transaction(s, caller, res.capacity(), resArena == null ? 0 : resArena.capacity());
    // Only a Call on an unregistered group pays for the bookkeeping (one volatile read otherwise).
    Thread self = g.isUnclaimed() && timeoutMillis < 0 ? Thread.currentThread() : null;
    if (self != null) {
      callingUnclaimed.put(self, new UnclaimedCall(caller.owner(), ch.id, g));
    }
    try {
      g.submit(t);
      Snapshot.deliver(t.await(deadline(timeoutMillis), g.callerSpin), res, resArena);
    } finally {
      if (self != null) {
        callingUnclaimed.remove(self);
      }
    }
  }

  /**
   * {@code Recv}: waits for the next request on a server or listener handle (at most
   * {@code timeoutMillis}) and delivers it with its handles moved into the server's space.
   * Requests whose handles cannot move end the sender's Call with the reason and are skipped.
   */
  public void recv(HandleTable server, int handle, NkMessage req, Arena reqArena, long timeoutMillis)
      throws RetcodeException {
    ChannelGroup g = handles.object(server, handle, ChannelGroup.class, Ocap.OCAP_IPC_RECV);
    receive(g, server, req, reqArena, deadline(timeoutMillis));
  }

  private void receive(ChannelGroup g, HandleTable server, NkMessage req, Arena reqArena, long deadline)
      throws RetcodeException {
    while (true) {
      Transaction t = g.take(deadline, receivingForever, wakeUps);
      if (t.isSettled()) { // the caller gave up, or the request failed before it came out
        continue;
      }
      if (!Snapshot.fits(t.request, req.capacity(), reqArena == null ? 0 : reqArena.capacity())) {
        String why = "request of " + Snapshot.size(t.request) + " bytes does not fit the server's buffers";
        t.fail(Retcode.rcBufferTooSmall, why);
        throw new RetcodeException(Retcode.rcBufferTooSmall, why);
      }
      HandleDesc[] moved;
      try {
        moved = handles.translate(t.caller, Snapshot.handles(t.request), server);
      } catch (RetcodeException e) {
        t.fail(e.rc(), e.detail());
        continue;
      }
      Snapshot.setHandles(t.request, moved);
      Snapshot.deliver(t.request, req, reqArena);
      g.started(t);
      return;
    }
  }

  /**
   * {@code Reply}: answers the request this thread last received on the handle. A response that
   * is malformed, refused by the monitor, too big for the client or carrying handles that cannot
   * move fails both the Reply and the client's Call with the same code.
   */
  public void reply(HandleTable server, int handle, NkMessage res, Arena resArena) throws RetcodeException {
    ChannelGroup g = handles.object(server, handle, ChannelGroup.class, Ocap.OCAP_IPC_REPLY);
    Transaction t = g.finishing();
    if (t == null) {
      throw new RetcodeException(Retcode.rcInvalidArgument,
          "this thread has no request on " + g.name + " to reply to");
    }
    try {
      Object s = Snapshot.copyOf(res, resArena);
      SecurityMonitor m = monitor;
      responses.increment();
      if (!m.permitsEverything() && !m.permitsWithoutEvent(Direction.RESPONSE, server.subjectClass(),
          server.subjectSid(), t.caller.subjectClass(), t.caller.subjectSid(), res.riid(), res.mid(), Snapshot.fixed(s),
          Snapshot.arena(s))) {
        check(m, new IpcMessageEvent(Direction.RESPONSE, server.owner(), t.caller.owner(), g.name, res.riid(),
            res.mid(), server.subjectClass(), server.subjectSid(), t.caller.subjectClass(), t.caller.subjectSid(),
            Snapshot.view(s, handles, server)));
      }
      if (!Snapshot.fits(s, t.responseCapacity, t.responseArenaCapacity)) {
        throw new RetcodeException(Retcode.rcBufferTooSmall, "response of " + Snapshot.size(s)
            + " bytes does not fit the client's buffers");
      }
      if (t.isAbandoned()) {
        throw new RetcodeException(Retcode.rcNotConnected, t.caller.owner() + " no longer waits for this response");
      }
      HandleDesc[] moved = handles.translate(server, Snapshot.handles(s), t.caller);
      Snapshot.setHandles(s, moved);
      if (!t.complete(s)) {
        for (HandleDesc d : moved) {
          if (d.isValid() && !d.isDereferenced()) {
            handles.close(t.caller, d.handle());
          }
        }
        throw new RetcodeException(Retcode.rcNotConnected, t.caller.owner() + " no longer waits for this response");
      }
    } catch (RetcodeException e) {
      t.fail(e.rc(), e.detail());
      throw e;
    }
  }

  /**
   * Asks the security monitor about a message between a process and the kernel's own endpoints
   * (kl.core, served in the caller's thread): a request from {@code process} to the kernel, or the
   * kernel's response to it. The module sees it as between the process's class and {@code kl.core.Core}.
   */
  public void checkKernelMessage(Direction direction, HandleTable process, String kernelClass, int kernelSid,
      NkMessage msg, Arena arena) throws RetcodeException {
    SecurityMonitor m = monitor;
    if (m.permitsEverything()) {
      return;
    }
    Object s = Snapshot.copyOf(msg, arena);
    boolean request = direction == Direction.REQUEST;
    if (m.permitsWithoutEvent(direction, request ? process.subjectClass() : kernelClass,
        request ? process.subjectSid() : kernelSid, request ? kernelClass : process.subjectClass(),
        request ? kernelSid : process.subjectSid(), msg.riid(), msg.mid(), Snapshot.fixed(s), Snapshot.arena(s))) {
      return;
    }
    check(m, new IpcMessageEvent(direction, request ? process.owner() : "kernel", request ? "kernel" : process.owner(),
        "kl.core", msg.riid(), msg.mid(), request ? process.subjectClass() : kernelClass,
        request ? process.subjectSid() : kernelSid, request ? kernelClass : process.subjectClass(),
        request ? kernelSid : process.subjectSid(), Snapshot.view(s, handles, process)));
  }

  /** Asks the security monitor a process's security-interface query (PSL {@code security} event). */
  public void checkSecurityQuery(HandleTable process, NkMessage msg, Arena arena) throws RetcodeException {
    SecurityMonitor m = monitor;
    if (m.permitsEverything()) {
      return;
    }
    Object s = Snapshot.copyOf(msg, arena);
    if (!m.permitsSecurity(new org.kos.kernel.security.SecurityQuery(process.owner(), process.subjectClass(),
        process.subjectSid(), msg.mid(), Snapshot.view(s, handles, process)))) {
      String why = m.lastRefusal();
      throw new RetcodeException(Retcode.rcSecurityDisallow, "the security policy answers no to " + process.owner()
          + "'s security query (mid " + msg.mid() + ")" + (why == null ? "" : ": " + why));
    }
  }

  /** Whether {@code thread} sleeps in a Recv without a timeout (only a request can end it). */
  public boolean receivesForever(Thread thread) {
    return receivingForever.contains(thread);
  }

  /** Whether {@code thread} waits, without a timeout, in a Call on a group its server never registered. */
  public boolean callsUnclaimed(Thread thread) {
    UnclaimedCall c = callingUnclaimed.get(thread);
    return c != null && c.group().isUnclaimed();
  }

  /** Every Call waiting, without a timeout, on a group its server never registered. */
  public List<UnclaimedCall> unclaimedCalls() {
    List<UnclaimedCall> calls = new ArrayList<>();
    for (UnclaimedCall c : callingUnclaimed.values()) {
      if (c.group().isUnclaimed()) {
        calls.add(c);
      }
    }
    return calls;
  }

  /** Requests callers sent (whether or not the monitor let them through). */
  public long requests() {
    return requests.get();
  }

  /** Responses servers sent (whether or not the monitor let them through). */
  public long responses() {
    return responses.get();
  }

  /**
   * A number that changes whenever a request is sent or a receiver that slept without a timeout
   * wakes: in a system whose threads all sleep in such a Recv, nothing can happen without one.
   */
  public long activity() {
    return requests.get() + wakeUps.get();
  }

  private static void check(SecurityMonitor m, IpcMessageEvent event) throws RetcodeException {
    if (!m.permits(event)) {
      String why = m.lastRefusal();
      throw new RetcodeException(Retcode.rcSecurityDisallow, "the security policy refused the "
          + event.direction().name().toLowerCase(java.util.Locale.ROOT) + " " + event.source() + " -> " + event.target()
          + " (riid " + event.riid() + ", mid " + event.mid() + ")" + (why == null ? "" : ": " + why));
    }
  }

  private static long deadline(long timeoutMillis) {
    if (timeoutMillis < 0) {
      return Long.MAX_VALUE;
    }
    long d = System.nanoTime() + timeoutMillis * 1_000_000L;
    return d == Long.MAX_VALUE ? d - 1 : d;
  }

  /** A Call of the process {@code caller} on its connection {@code id}, whose group is not registered. */
  public record UnclaimedCall(String caller, String id, ChannelGroup group) {}

  /** A channel group and the listener handle its server holds. */
  public record Listener(ChannelGroup group, int handle) {}
}
