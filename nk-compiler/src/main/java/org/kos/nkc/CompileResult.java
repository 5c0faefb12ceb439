package org.kos.nkc;

import java.util.List;
import java.util.Optional;
import org.kos.nkc.ast.Unit;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.model.Model;

/**
 * The outcome of a compilation: every diagnostic in a stable order, the syntax trees of the
 * inputs, and the model, present only when there is no error (and the run was not syntax-only).
 */
public final class CompileResult {
  private final Model model;
  private final List<Diagnostic> diagnostics;
  private final List<Unit> inputs;

  CompileResult(Model model, List<Diagnostic> diagnostics, List<Unit> inputs) {
    this.model = model;
    this.diagnostics = List.copyOf(diagnostics);
    this.inputs = List.copyOf(inputs);
  }

  public Optional<Model> model() {
    return Optional.ofNullable(model);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Syntax trees of the input files, sorted by file name. */
  public List<Unit> inputs() {
    return inputs;
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
