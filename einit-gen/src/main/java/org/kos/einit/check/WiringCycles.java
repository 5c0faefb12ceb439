package org.kos.einit.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.kos.einit.rules.EinitRule;
import org.kos.einit.yaml.InitYaml;
import org.kos.nkc.diag.Diagnostics;

/**
 * EI0017: a task connected to itself, and connections that form a cycle. Einit starts every
 * server before its clients; a cycle leaves no such order, so one of its tasks calls a server
 * that may not be serving yet (and a task calling itself waits for its own Recv).
 */
final class WiringCycles {
  private final Collection<String> tasks;
  private final Function<String, List<InitYaml.Connection>> connections;
  private final Diagnostics diagnostics;
  private final Set<String> done = new HashSet<>();
  private final List<String> path = new ArrayList<>();

  WiringCycles(Collection<String> tasks, Function<String, List<InitYaml.Connection>> connections,
      Diagnostics diagnostics) {
    this.tasks = tasks;
    this.connections = connections;
    this.diagnostics = diagnostics;
  }

  void report() {
    for (String t : tasks) {
      visit(t);
    }
  }

  /** Depth first over client → server; each connection that closes a cycle is reported once. */
  private void visit(String task) {
    if (done.contains(task)) {
      return;
    }
    path.add(task);
    for (InitYaml.Connection c : connections.apply(task)) {
      String server = c.target().value();
      if (!tasks.contains(server)) {
        continue; // EI0008 reports it
      }
      int at = path.indexOf(server);
      if (server.equals(task)) {
        diagnostics.report(EinitRule.EI0017.at(c.target().span(), "task '" + task + "' is connected to itself: "
            + "a Call over this channel waits for the task's own Recv"));
      } else if (at >= 0) {
        List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
        cycle.add(server);
        diagnostics.report(EinitRule.EI0017.at(c.target().span(), "the connections form a cycle, "
            + String.join(" -> ", cycle) + " (client -> server): no order starts every server before its clients, "
            + "so a client may call a server that is not serving yet"));
      } else {
        visit(server);
      }
    }
    path.remove(path.size() - 1);
    done.add(task);
  }
}
