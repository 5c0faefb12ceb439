package org.kos.psl;

import java.util.List;
import org.kos.nkc.diag.Diagnostic;
import org.kos.psl.model.Policy;

/**
 * The outcome of a check: every diagnostic in a stable order, and the checked top-level policies
 * (in input order) when there is no error.
 */
public record PslResult(List<Diagnostic> diagnostics, List<Policy> policies) {
  public PslResult {
    diagnostics = List.copyOf(diagnostics);
    policies = List.copyOf(policies);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
