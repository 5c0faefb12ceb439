package org.kos.audit.analysis;

import java.util.ArrayList;
import java.util.List;
import org.kos.einit.manifest.Manifest;

/**
 * The solution's wiring as init.yaml declares it: the tasks (in Einit's order) with their classes, and
 * the channels, client to server, with the position of each connection's {@code id} in init.yaml.
 */
public record Wiring(List<Task> tasks, List<Connection> connections) {
  public Wiring {
    tasks = List.copyOf(tasks);
    connections = List.copyOf(connections);
  }

  public record Task(String name, String className) {}

  public record Connection(String client, String clientClass, String server, String serverClass, String id, String at) {}

  public static Wiring of(Manifest manifest, Positions positions) {
    List<Task> tasks = new ArrayList<>();
    java.util.Map<String, String> classOf = new java.util.HashMap<>();
    for (Manifest.Task t : manifest.tasks()) {
      tasks.add(new Task(t.name(), t.className()));
      classOf.put(t.name(), t.className());
    }
    List<Connection> connections = new ArrayList<>();
    for (Manifest.Channel c : manifest.channels()) {
      connections.add(new Connection(c.client(), classOf.get(c.client()), c.server(), classOf.get(c.server()),
          c.id().key(), positions.of(c.id().span())));
    }
    return new Wiring(tasks, connections);
  }

  /** Whether some task of {@code client} has a channel to some task of {@code server}. */
  public boolean connected(String client, String server) {
    return connections.stream().anyMatch(c -> c.clientClass().equals(client) && c.serverClass().equals(server));
  }

  /** The tasks of a class, in Einit's order. */
  public List<String> tasksOf(String className) {
    return tasks.stream().filter(t -> t.className().equals(className)).map(Task::name).toList();
  }
}
