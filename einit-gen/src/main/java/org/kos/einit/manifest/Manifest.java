package org.kos.einit.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kos.einit.check.Solution;
import org.kos.einit.yaml.InitYaml;
import org.kos.nkc.layout.EndpointLayout;

/**
 * What Einit does, in the order it does it: the tasks in initialisation order (servers before
 * their clients, see {@link InitOrder}), then the channels in connection order (clients in
 * initialisation order, each client's channels sorted by id). The generators render this.
 */
public record Manifest(List<Task> tasks, List<Channel> channels) {
  public Manifest {
    tasks = List.copyOf(tasks);
    channels = List.copyOf(channels);
  }

  /**
   * A task as Einit starts it: {@code index} is the vendor's task index (position of the task
   * name in ASCII order, part of its C symbols), {@code argv} starts with the path, as Einit
   * passes it, {@code env} holds {@code K=V} sorted by key, {@code endpoints} are in RIID order.
   */
  public record Task(String name, String className, String path, int index, List<String> argv, List<String> env,
      List<EndpointLayout> endpoints, boolean dynamicConnectionManager) {
    public Task {
      argv = List.copyOf(argv);
      env = List.copyOf(env);
      endpoints = List.copyOf(endpoints);
    }
  }

  /** Einit's {@code EntityConnectToService(client, server, id)}. */
  public record Channel(String client, String server, InitYaml.ConnectionId id) {}

  public static Manifest of(Solution solution) {
    Map<String, Integer> index = new TreeMap<>();
    solution.tasks().forEach(t -> index.put(t.name(), 0));
    int i = 0;
    for (Map.Entry<String, Integer> e : index.entrySet()) {
      e.setValue(i++);
    }
    List<Task> tasks = new ArrayList<>();
    List<Channel> channels = new ArrayList<>();
    for (Solution.Task t : InitOrder.of(solution, index)) {
      List<String> argv = new ArrayList<>();
      argv.add(t.path());
      argv.addAll(t.args());
      tasks.add(new Task(t.name(), t.className(), t.path(), index.get(t.name()), argv, t.env(),
          t.layout().endpoints(), t.dynamicConnectionManager()));
      t.connections().forEach(c -> channels.add(new Channel(t.name(), c.server(), c.id())));
    }
    return new Manifest(tasks, channels);
  }
}
