package org.kos.einit;

import java.util.List;
import java.util.Optional;
import org.kos.einit.manifest.Manifest;
import org.kos.nkc.diag.Diagnostic;

/** Every diagnostic in a stable order, and the manifest, present only when there is no error. */
public record EinitResult(List<Diagnostic> diagnostics, Optional<Manifest> manifest) {
  public EinitResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
