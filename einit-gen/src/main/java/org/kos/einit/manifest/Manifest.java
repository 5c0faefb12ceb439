package org.kos.einit.manifest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kos.einit.check.Solution;
import org.kos.einit.yaml.InitYaml;
import org.kos.nkc.layout.EndpointLayout;
import org.kos.nkc.sdk.SdkVersion;

/**
 * What Einit does, in the order it does it: the tasks in initialisation order (servers before
 * their clients, see {@link InitOrder}; in index order for SDKs up to 1.1), then the channels in
 * connection order (clients in initialisation order, each client's channels sorted by id). The
 * generators render this; {@code sdk} is the generation whose einit it imitates
 * (docs/sdk-versions.md).
 */
public record Manifest(List<Task> tasks, List<Channel> channels, SdkVersion sdk) {
  public Manifest {
    tasks = List.copyOf(tasks);
    channels = List.copyOf(channels);
  }

  /**
   * The two names an endpoint is published under, in the order einit lists them: qualified name
   * first, except that newer SDKs list an endpoint declared in the EDL itself (its name has no
   * instance path) under its short name first (spec §4, "Differences seen across vendor versions").
   */
  public List<String> publishedNames(EndpointLayout e) {
    boolean shortFirst = sdk.nameOrder() == SdkVersion.NameOrder.SHORT_FIRST_FOR_CLASS_ENDPOINTS
        && e.name().indexOf('.') < 0;
    return shortFirst ? List.of(e.name(), e.qualifiedName()) : List.of(e.qualifiedName(), e.name());
  }

  /**
   * A task as Einit starts it: {@code index} is the vendor's task index (position of the task
   * name in ASCII order, part of its C symbols), {@code argv} starts with the path, as Einit
   * passes it (SDK 1.2 on; older einit passes only the args), {@code env} holds {@code K=V} sorted by key, {@code endpoints} are in RIID order.
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
    return of(solution, SdkVersion.NEWEST);
  }

  /** What the einit of SDK generation {@code sdk} does with the solution. */
  public static Manifest of(Solution solution, SdkVersion sdk) {
    Map<String, Integer> index = new TreeMap<>();
    solution.tasks().forEach(t -> index.put(t.name(), 0));
    int i = 0;
    for (Map.Entry<String, Integer> e : index.entrySet()) {
      e.setValue(i++);
    }
    List<Task> tasks = new ArrayList<>();
    List<Channel> channels = new ArrayList<>();
    List<Solution.Task> order = sdk.taskOrder() == SdkVersion.TaskOrder.SERVERS_FIRST
        ? InitOrder.of(solution, index)
        : solution.tasks().stream().sorted(Comparator.comparing((Solution.Task t) -> index.get(t.name()))).toList();
    for (Solution.Task t : order) {
      List<String> argv = new ArrayList<>();
      if (sdk.pathAsArgv0()) {
        argv.add(t.path());
      }
      argv.addAll(t.args());
      tasks.add(new Task(t.name(), t.className(), t.path(), index.get(t.name()), argv, t.env(),
          t.layout().endpoints(), t.dynamicConnectionManager()));
      t.connections().forEach(c -> channels.add(new Channel(t.name(), c.server(), c.id())));
    }
    return new Manifest(tasks, channels, sdk);
  }
}
