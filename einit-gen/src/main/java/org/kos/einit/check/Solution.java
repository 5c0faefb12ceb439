package org.kos.einit.check;

import java.util.List;
import org.kos.einit.yaml.InitYaml;
import org.kos.nkc.layout.ComponentLayout;

/**
 * A checked init.yaml: every task with its defaults filled in as the vendor's einit fills them,
 * its class's endpoint layout, and its client connections to other tasks, in file order.
 */
public record Solution(List<Task> tasks) {
  public Solution {
    tasks = List.copyOf(tasks);
  }

  /**
   * One process: task {@code name} of class {@code className}, started from ROMFS file
   * {@code path} with {@code args} (argv[1..]) and {@code env} ({@code K=V}, sorted by key);
   * {@code connections} sorted by id, as Einit makes them.
   */
  public record Task(String name, String className, String path, List<String> args, List<String> env,
      ComponentLayout layout, List<Connection> connections, boolean dynamicConnectionManager) {
    public Task {
      args = List.copyOf(args);
      env = List.copyOf(env);
      connections = List.copyOf(connections);
    }
  }

  /** This task is a client of task {@code server} over channel {@code id}. */
  public record Connection(InitYaml.ConnectionId id, String server) {}
}
