package org.kos.kernel.sl;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kos.kernel.ipc.ChannelGroup;
import org.kos.kernel.ipc.Ipc;
import org.kos.kernel.task.Process;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * The service locator: static channels by name. Einit connects processes under connection ids
 * ({@code EntityConnectToService}); a server then finds its listener handle by the id
 * ({@code ServiceLocatorRegister}), a client its client handle ({@code ServiceLocatorConnect}),
 * and the RIID of a server endpoint by either of its names ({@code ServiceLocatorGetRiid}).
 */
public final class ServiceLocator {
  private final Ipc ipc;
  /** Each (server, id) once, in the order first registered: threads of a server may each register. */
  private final Set<Registration> registrations = new LinkedHashSet<>();

  public ServiceLocator(Ipc ipc) {
    this.ipc = ipc;
  }

  /** The channel group {@code name} of {@code server}, created with its listener handle on first use. */
  public synchronized Ipc.Listener group(Process server, String name) throws RetcodeException {
    Ipc.Listener l = server.groups.get(name);
    if (l == null) {
      l = ipc.createGroup(server.table(), name, server.endpoints());
      server.groups.put(name, l);
    }
    return l;
  }

  /** What every server registered so far, in order: how a wrong connection id is explained. */
  public synchronized List<Registration> registrations() {
    return List.copyOf(registrations);
  }

  /** Connects {@code client} to {@code server}'s group {@code name} under the connection id {@code name}. */
  public synchronized int connect(Process client, Process server, String name) throws RetcodeException {
    if (client.connections.containsKey(name)) {
      throw new RetcodeException(Retcode.rcAlreadyExists,
          client.name() + " already has a connection \"" + name + "\"");
    }
    boolean fresh = !server.groups.containsKey(name);
    Ipc.Listener l = group(server, name);
    if (fresh) {
      l.group().markUnclaimed(); // until the server registers it
    }
    int h = ipc.connect(client.table(), l.group(), name);
    client.connections.put(name, h);
    return h;
  }

  /** {@code ServiceLocatorRegister}: the listener handle of the server's channel group {@code name}. */
  public synchronized int register(Process server, String name) throws RetcodeException {
    Ipc.Listener l = group(server, name);
    l.group().claim();
    registrations.add(new Registration(server.name(), name));
    return l.handle();
  }

  /** {@code ServiceLocatorConnect}: the client handle of the connection {@code name}. */
  public int clientHandle(Process client, String name) throws RetcodeException {
    Integer h = client.connections.get(name);
    if (h == null) {
      throw new RetcodeException(Retcode.rcResourceNotFound, client.name() + " has no connection \"" + name + "\""
          + (client.connections.isEmpty() ? " (it has none)"
              : "; its connections: " + client.connections.keySet().stream().sorted().map(c -> "\"" + c + "\"")
                  .collect(Collectors.joining(", "))));
    }
    return h;
  }

  /** {@code ServiceLocatorGetRiid}: the RIID of the server's endpoint, by qualified or instance-path name. */
  public int riid(Process client, int handle, String endpointName) throws RetcodeException {
    ChannelGroup g = ipc.clientChannel(client.table(), handle).group();
    Integer riid = g.riid(endpointName);
    if (riid == null) {
      throw new RetcodeException(Retcode.rcResourceNotFound,
          "the server of channel " + g.name() + " has no endpoint \"" + endpointName + "\"");
    }
    return riid;
  }

  /** {@code server} called ServiceLocatorRegister({@code id}). */
  public record Registration(String server, String id) {}
}
