package org.kos.einit.manifest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kos.einit.check.Solution;

/**
 * The order the vendor's einit initialises tasks in: reverse post-order of a depth-first walk of
 * the server → client graph, starting from every task in index order and visiting a server's
 * clients in descending index order. Every server comes before its clients (when there is no
 * cycle), and the order is exactly the vendor's, so a generated Einit starts tasks as theirs does.
 */
final class InitOrder {
  private InitOrder() {}

  static List<Solution.Task> of(Solution solution, Map<String, Integer> index) {
    Map<String, Solution.Task> byName = new HashMap<>();
    Map<String, Set<String>> clients = new HashMap<>();
    Comparator<String> descending = Comparator.comparing((String n) -> index.get(n)).reversed();
    for (Solution.Task t : solution.tasks()) {
      byName.put(t.name(), t);
      clients.computeIfAbsent(t.name(), k -> new TreeSet<>(descending));
    }
    for (Solution.Task t : solution.tasks()) {
      t.connections().forEach(c -> clients.get(c.server()).add(t.name()));
    }
    List<String> roots = new ArrayList<>(byName.keySet());
    roots.sort(Comparator.comparing(index::get));
    List<String> postOrder = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    for (String root : roots) {
      visit(root, clients, visited, postOrder);
    }
    Collections.reverse(postOrder);
    return postOrder.stream().map(byName::get).toList();
  }

  private static void visit(String task, Map<String, Set<String>> clients, Set<String> visited, List<String> postOrder) {
    if (!visited.add(task)) {
      return;
    }
    for (String client : clients.get(task)) {
      visit(client, clients, visited, postOrder);
    }
    postOrder.add(task);
  }
}
