package org.kos.einit.run;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.kos.kernel.ipc.Ipc.UnclaimedCall;
import org.kos.kernel.sl.ServiceLocator.Registration;
import org.kos.nkc.resolve.Suggest;

/**
 * Why a client hangs when a server registers its channel under another name than the client's
 * connection id (init.yaml's {@code id}): the client's Call waits for a server that never
 * receives on that channel. One line per waiting client and connection, naming the id, what the
 * servers did register, and the nearest registered name.
 */
final class UnregisteredChannels {
  private UnregisteredChannels() {}

  /** The explanation of each waiting call, in order of client and connection id; empty when none waits. */
  static List<String> explain(List<UnclaimedCall> calls, List<Registration> registrations) {
    TreeMap<String, UnclaimedCall> byClient = new TreeMap<>();
    for (UnclaimedCall c : calls) {
      byClient.putIfAbsent(c.caller() + "\u0000" + c.id(), c);
    }
    Set<String> names = new LinkedHashSet<>();
    List<String> registered = new ArrayList<>();
    for (Registration r : registrations) {
      if (names.add(r.id())) {
        registered.add("\"" + r.id() + "\" (" + r.server() + ")");
      }
    }
    List<String> lines = new ArrayList<>();
    for (UnclaimedCall c : byClient.values()) {
      String server = c.group().server().owner();
      String near = Suggest.closest(c.id(), names.stream().filter(n -> !n.equals(c.id())).toList());
      lines.add(c.caller() + ": waits on connection \"" + c.id() + "\" to " + server + ", but " + server
          + " never registered \"" + c.id() + "\" (ServiceLocatorRegister); registered: "
          + (registered.isEmpty() ? "nothing" : String.join(", ", registered))
          + (near != null ? "; did you mean \"" + near + "\"?" : ""));
    }
    return lines;
  }

  /** The clients that wait on such a call. */
  static Set<String> clients(List<UnclaimedCall> calls) {
    Set<String> clients = new LinkedHashSet<>();
    calls.forEach(c -> clients.add(c.caller()));
    return clients;
  }
}
