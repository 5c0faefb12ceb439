package org.kos.nkc.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.kos.nkc.diag.SourceSpan;

/**
 * Finds cycles in a named graph (imports, component instances) by depth-first search in the
 * given node order, reporting each back edge once with the whole path that closes it.
 */
final class Cycles {
  /** An edge to {@code target}, written at {@code span} in {@code from}'s file. */
  record Edge(String from, String target, SourceSpan span) {}

  private Cycles() {}

  static void find(List<String> nodes, Function<String, List<Edge>> edges, Consumer<List<Edge>> onCycle) {
    Map<String, Integer> state = new HashMap<>(); // 1 = on the stack, 2 = done
    List<Edge> path = new ArrayList<>();
    for (String n : nodes) {
      visit(n, edges, onCycle, state, path);
    }
  }

  private static void visit(String node, Function<String, List<Edge>> edges, Consumer<List<Edge>> onCycle,
      Map<String, Integer> state, List<Edge> path) {
    if (state.containsKey(node)) {
      return;
    }
    state.put(node, 1);
    for (Edge e : edges.apply(node)) {
      Integer s = state.get(e.target());
      if (s == null) {
        path.add(e);
        visit(e.target(), edges, onCycle, state, path);
        path.remove(path.size() - 1);
      } else if (s == 1) {
        List<Edge> cycle = new ArrayList<>();
        int i = path.size() - 1;
        while (i >= 0 && !path.get(i).from().equals(e.target())) {
          i--;
        }
        for (int k = Math.max(i, 0); k < path.size(); k++) {
          cycle.add(path.get(k));
        }
        if (i < 0) {
          cycle.clear(); // the edge points at the node itself
        }
        cycle.add(e);
        onCycle.accept(cycle);
      }
    }
    state.put(node, 2);
  }
}
