package org.kos.audit.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kos.audit.analysis.Access;
import org.kos.audit.analysis.PolicyAnalyzer;
import org.kos.audit.analysis.Positions;
import org.kos.audit.analysis.Rule;
import org.kos.audit.analysis.Verdict;
import org.kos.audit.analysis.Wiring;
import org.kos.audit.danger.Danger;
import org.kos.audit.danger.KernelDangers;
import org.kos.nkc.model.Direction;
import org.kos.nkc.model.Handles;
import org.kos.nkc.model.Method;
import org.kos.psl.ast.Decl;
import org.kos.psl.ast.EventKind;
import org.kos.psl.ast.Stmt;
import org.kos.psl.model.CallTarget;
import org.kos.psl.model.Policy;
import org.kos.psl.model.ProcessClass;

/** Computes the findings of an analysed policy over its wiring (docs/audit.md, docs/errors/PA*.md). */
public final class Findings {
  private final Policy policy;
  private final Positions positions;
  private final KernelDangers dangers;

  public Findings(Policy policy, Positions positions, KernelDangers dangers) {
    this.policy = policy;
    this.positions = positions;
    this.dangers = dangers;
  }

  /** Every finding, most severe first, then by id, class and position. */
  public List<Finding> of(List<Access> reachable, Wiring wiring) {
    List<Finding> out = new ArrayList<>();
    kernelMethods(reachable, out);
    grantEverything(reachable, out);
    overGrants(reachable, wiring, out);
    deadWiring(reachable, wiring, out);
    starters(reachable, out);
    handleTransfers(reachable, out);
    out.sort(Comparator.comparing((Finding f) -> f.severity()).thenComparing(Finding::id)
        .thenComparing(f -> f.cls() == null ? "" : f.cls()).thenComparing(Finding::at));
    return out;
  }

  private boolean kernel(String cls) {
    return cls != null && PolicyAnalyzer.isKernel(policy.classes().get(cls));
  }

  private boolean einit(String cls) {
    ProcessClass c = policy.classes().get(cls);
    return c != null && "Einit".equals(c.edl());
  }

  /** The danger of a request's kernel method, when the request goes to the kernel. */
  public Optional<Danger> danger(Access a) {
    if (a.kind() != EventKind.REQUEST || !kernel(a.dst())) {
      return Optional.empty();
    }
    return dangers.of(a.iface(), a.method());
  }

  private static String target(Access a) {
    return a.endpoint() + " " + a.method();
  }

  /** PA0001 and PA0007: a kernel method with a danger note, granted always or under conditions. */
  private void kernelMethods(List<Access> reachable, List<Finding> out) {
    for (Access a : reachable) {
      Optional<Danger> d = danger(a);
      if (d.isEmpty() || !d.get().dangerous()) {
        continue;
      }
      Rule r = a.grantingRule();
      boolean always = a.verdict() == Verdict.ALWAYS;
      String how = always ? "unconditionally" : "under conditions (on " + String.join(", ", a.dependsOn()) + ")";
      out.add(new Finding(always ? FindingId.PA0001 : FindingId.PA0007, a.src(), r.at(), r.psl(),
          a.src() + " may call the kernel's " + target(a) + " " + how + ": " + d.get().shortNote()
              + " [" + String.join(", ", d.get().categories()) + "]", d.get().note(), List.of(a)));
    }
  }

  /** PA0002: a binding without selectors whose body grants at its top level. */
  private void grantEverything(List<Access> reachable, List<Finding> out) {
    for (Decl.Binding b : policy.bindings()) {
      if (!b.selectors().isEmpty()) {
        continue;
      }
      for (Stmt s : b.body().statements()) {
        if (s instanceof Stmt.Call c && c.expr() instanceof org.kos.psl.ast.Expr.App app) {
          CallTarget t = policy.calls().get(app);
          if (t != null && "Base".equals(t.object().model().name()) && "grant".equals(t.method().name())) {
            String kind = b.kind().keyword();
            String grantAt = positions.of(c.span());
            List<Access> about = reachable.stream().filter(a -> a.kind() == b.kind()
                && a.rules().stream().anyMatch(r -> r.at().equals(grantAt))).toList();
            out.add(new Finding(FindingId.PA0002, null, positions.of(b.kindSpan()),
                kind + " { " + c.span().text().replaceAll("\\s+", " ").trim() + " }",
                "'" + kind + "' without selectors grants every " + kind + " event, of every class"
                    + (b.kind() == EventKind.REQUEST ? ", to the kernel too" : ""), null, about));
            break;
          }
        }
      }
    }
  }

  /** PA0003: requests to a class (not the kernel) that no task of the caller is connected to. */
  private void overGrants(List<Access> reachable, Wiring wiring, List<Finding> out) {
    Map<String, List<Access>> byPair = new LinkedHashMap<>();
    for (Access a : reachable) {
      if (a.kind() == EventKind.REQUEST && !kernel(a.dst()) && !wiring.connected(a.src(), a.dst())) {
        byPair.computeIfAbsent(a.src() + "\n" + a.dst(), k -> new ArrayList<>()).add(a);
      }
    }
    for (List<Access> list : byPair.values()) {
      Access first = list.get(0);
      Rule r = first.grantingRule();
      List<String> methods = list.stream().map(Findings::target).toList();
      String shown = methods.size() <= 4 ? String.join(", ", methods)
          : String.join(", ", methods.subList(0, 4)) + " and " + (methods.size() - 4) + " more";
      out.add(new Finding(FindingId.PA0003, first.src(), r.at(), r.psl(), first.src() + " may call " + first.dst()
          + " (" + shown + ") but init.yaml connects no task of " + first.src() + " to a task of " + first.dst(), null,
          list));
    }
  }

  /** PA0004: an init.yaml connection on which the policy allows no request. */
  private void deadWiring(List<Access> reachable, Wiring wiring, List<Finding> out) {
    for (Wiring.Connection c : wiring.connections()) {
      boolean used = reachable.stream().anyMatch(a -> a.kind() == EventKind.REQUEST && a.src().equals(c.clientClass())
          && c.serverClass().equals(a.dst()));
      if (!used) {
        out.add(new Finding(FindingId.PA0004, c.clientClass(), c.at(), null, "task " + c.client() + " ("
            + c.clientClass() + ") is connected to " + c.server() + " (" + c.serverClass() + ") as '" + c.id()
            + "', but the policy allows no request from " + c.clientClass() + " to " + c.serverClass(), null,
            List.of()));
      }
    }
  }

  /** PA0005: a class other than the kernel and Einit that may start processes. */
  private void starters(List<Access> reachable, List<Finding> out) {
    Map<String, List<Access>> bySrc = new LinkedHashMap<>();
    for (Access a : reachable) {
      if (a.kind() == EventKind.EXECUTE && !kernel(a.src()) && !einit(a.src())) {
        bySrc.computeIfAbsent(a.src(), k -> new ArrayList<>()).add(a);
      }
    }
    for (List<Access> list : bySrc.values()) {
      Access first = list.get(0);
      Rule r = first.grantingRule();
      out.add(new Finding(FindingId.PA0005, first.src(), r.at(), r.psl(), first.src() + " may start processes of "
          + String.join(", ", list.stream().map(a -> a.dst() + " (" + a.verdict().keyword() + ")").toList()), null,
          list));
    }
  }

  /**
   * PA0006: granted always, a kernel method that moves or copies handles, or a request (response) of a
   * method whose in (out) parameters carry handles.
   */
  private void handleTransfers(List<Access> reachable, List<Finding> out) {
    for (Access a : reachable) {
      if (a.verdict() != Verdict.ALWAYS || a.kind() != EventKind.REQUEST && a.kind() != EventKind.RESPONSE) {
        continue;
      }
      if (a.kind() == EventKind.RESPONSE && kernel(a.src())) {
        continue; // the kernel's answers give the caller new handles of its own: the request is what to restrict
      }
      String what;
      if (kernel(a.dst()) && a.kind() == EventKind.REQUEST) {
        if (!dangers.of(a.iface(), a.method()).map(Danger::transfersHandles).orElse(false)) {
          continue;
        }
        what = "the kernel's " + target(a) + ", which moves or copies handles,";
      } else {
        Direction dir = a.kind() == EventKind.REQUEST ? Direction.IN : Direction.OUT;
        if (!carriesHandles(a.iface(), a.method(), dir)) {
          continue;
        }
        what = a.kind() == EventKind.REQUEST ? a.dst() + " " + target(a) + " with handles in its request"
            : "the response of its " + target(a) + " with handles to " + a.dst();
      }
      Rule r = a.grantingRule();
      out.add(new Finding(FindingId.PA0006, a.src(), r.at(), r.psl(), a.src() + " may "
          + (a.kind() == EventKind.REQUEST ? "call " : "send ") + what + " unconditionally: no rule looks at the handles",
          null, List.of(a)));
    }
  }

  private boolean carriesHandles(String iface, String method, Direction dir) {
    if (policy.nk() == null) {
      return false;
    }
    return policy.nk().iface(iface).flatMap(i -> i.methods().stream().filter(m -> m.name().equals(method)).findFirst())
        .map((Method m) -> m.parameters().stream().anyMatch(p -> p.direction() == dir && Handles.count(p.type()) > 0))
        .orElse(false);
  }
}
