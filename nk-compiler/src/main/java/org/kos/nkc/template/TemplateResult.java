package org.kos.nkc.template;

import java.util.List;
import org.kos.nkc.diag.SourceSpan;

/** An expanded template and the problems met on the way, in template order. */
public record TemplateResult(Expansion expansion, List<TemplateProblem> problems) {
  public TemplateResult {
    problems = List.copyOf(problems);
  }

  /** Where a problem is in the template, for a diagnostic. */
  public SourceSpan span(TemplateProblem problem) {
    return expansion.template().span(problem.start(), problem.end());
  }
}
