package org.kos.audit;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kos.audit.analysis.Access;
import org.kos.audit.analysis.Wiring;
import org.kos.audit.danger.Danger;
import org.kos.audit.findings.Finding;
import org.kos.audit.findings.Severity;

/**
 * Who may do what in a solution: per class of the policy (by name) what it may send — requests,
 * responses (as a server), process starts, security methods — with a verdict each (what is not listed
 * is never allowed), the init.yaml wiring, and the findings, most severe first. File names are relative
 * to the solution directory (or the policy's, for a bare policy).
 */
public record AuditReport(String policy, String init, List<ClassEntry> classes, List<Wiring.Task> tasks,
    List<Wiring.Connection> connections, List<Finding> findings) {
  public AuditReport {
    classes = List.copyOf(classes);
    tasks = List.copyOf(tasks);
    connections = List.copyOf(connections);
    findings = List.copyOf(findings);
  }

  /**
   * A class: {@code kernel} for kl.core.Core; {@code tasks} that run it in init.yaml; what it may send.
   * A request to the kernel carries the method's danger note ({@link Grant#danger}, else null).
   */
  public record ClassEntry(String name, String edl, boolean kernel, List<String> tasks, List<Grant> requests,
      List<Grant> responses, List<Grant> execute, List<Grant> security) {
    public ClassEntry {
      tasks = List.copyOf(tasks);
      requests = List.copyOf(requests);
      responses = List.copyOf(responses);
      execute = List.copyOf(execute);
      security = List.copyOf(security);
    }
  }

  /** An event key that is not never denied, and the danger of the kernel method it reaches (null otherwise). */
  public record Grant(Access access, Danger danger) {
    public boolean dangerous() {
      return danger != null && danger.dangerous();
    }
  }

  /**
   * The findings about each event key ({@link Finding#about}), most severe first, by identity: look
   * up the report's own {@link Access} objects.
   */
  public Map<Access, List<Finding>> findingsByAccess() {
    Map<Access, List<Finding>> out = new IdentityHashMap<>();
    for (Finding f : findings) {
      for (Access a : f.about()) {
        out.computeIfAbsent(a, k -> new ArrayList<>()).add(f);
      }
    }
    return out;
  }

  /** The findings at {@code level} or more severe. */
  public List<Finding> findingsAtLeast(Severity level) {
    return findings.stream().filter(f -> f.severity().atLeast(level)).toList();
  }
}
