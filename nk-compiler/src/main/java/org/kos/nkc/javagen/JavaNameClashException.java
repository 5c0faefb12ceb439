package org.kos.nkc.javagen;

import java.util.List;
import java.util.stream.Collectors;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;

/**
 * Generation refused because NK names collide in Java ({@link JavaNameClashes}). An
 * {@link IllegalArgumentException} so that callers treating bad input that way keep working; the
 * message holds each diagnostic's first line ({@code file:line:col: error[ID]: ...}).
 */
public final class JavaNameClashException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public JavaNameClashException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(d -> DiagnosticPrinter.render(d).lines().findFirst().orElse(""))
        .collect(Collectors.joining("\n")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The positioned diagnostics, for printing with {@link DiagnosticPrinter}. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
