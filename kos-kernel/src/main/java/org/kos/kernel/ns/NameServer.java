package org.kos.kernel.ns;

import java.util.ArrayList;
import java.util.List;
import org.kos.kernel.handles.KernelObject;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * A name server: a list of published endpoints (interface type, server process, endpoint name),
 * enumerated per type in publication order. In KasperskyOS it is a process of its own; here the
 * kernel holds it, and a connection to it ({@code NsCreate}) is a handle to this object. A
 * process's publications go when it exits.
 */
public final class NameServer extends KernelObject {
  /** One publication. */
  public record Entry(String type, String server, String service, int publisherPid) {}

  private final String name;
  private final List<Entry> entries = new ArrayList<>();

  public NameServer(String name) {
    super("name server");
    this.name = name;
  }

  public String name() {
    return name;
  }

  /** {@code NsPublishService}; rcAlreadyExists when the same entry is published. */
  public synchronized void publish(String type, String server, String service, int publisherPid)
      throws RetcodeException {
    for (String s : new String[] {type, server, service}) {
      if (s == null || s.isEmpty()) {
        throw new RetcodeException(Retcode.rcInvalidArgument, "type, server and service must be named");
      }
    }
    if (find(type, server, service) >= 0) {
      throw new RetcodeException(Retcode.rcAlreadyExists, service + " of " + server + " is already published");
    }
    entries.add(new Entry(type, server, service, publisherPid));
  }

  /** {@code NsUnPublishService}; rcResourceNotFound when not published. */
  public synchronized void unpublish(String type, String server, String service) throws RetcodeException {
    int i = find(type, server, service);
    if (i < 0) {
      throw new RetcodeException(Retcode.rcResourceNotFound, service + " of " + server + " is not published");
    }
    entries.remove(i);
  }

  /** {@code NsEnumServices}: the {@code index}-th entry of {@code type}; rcResourceNotFound past the end. */
  public synchronized Entry enumerate(String type, int index) throws RetcodeException {
    int seen = 0;
    for (Entry e : entries) {
      if (e.type().equals(type) && seen++ == index) {
        return e;
      }
    }
    throw new RetcodeException(Retcode.rcResourceNotFound, "no endpoint of type " + type + " at index " + index);
  }

  /** The kernel keeps its name servers whether or not a process is connected. */
  @Override
  protected boolean mayBeDestroyed() {
    return false;
  }

  /** Drops what the process {@code pid} published (it exited). */
  public synchronized void forget(int pid) {
    entries.removeIf(e -> e.publisherPid() == pid);
  }

  private int find(String type, String server, String service) {
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (e.type().equals(type) && e.server().equals(server) && e.service().equals(service)) {
        return i;
      }
    }
    return -1;
  }
}
