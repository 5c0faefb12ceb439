package org.kos.psl.source;

import java.util.Map;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.template.Expansion;
import org.kos.nkc.template.MacroExpander;
import org.kos.nkc.template.TemplateExpander;
import org.kos.nkc.template.TemplateProblem;
import org.kos.nkc.template.TemplateResult;
import org.kos.psl.rules.PslRule;

/**
 * Turns a file as read into what the lexer reads. A template ({@code *.psl.in}, CMake's
 * configure_file input) gets its {@code @NAME@} macros expanded (unknown macros become empty); a file
 * with Jinja tags ({@code {% if %}}, which vendor examples use in plain {@code .psl} files too) gets
 * the if/elif/else/endif subset evaluated, and its macros expanded as well (docs/psl-templates.md).
 * Positions map back to the file the user wrote; anything else Jinja is PS0107.
 */
public final class PslSources {
  private PslSources() {}

  public static PslSource open(SourceFile file, boolean sdk, Map<String, String> values, Diagnostics diagnostics) {
    boolean macros = MacroExpander.isTemplate(file.name());
    boolean jinja = file.text().contains("{%");
    if (!macros && !jinja) {
      return PslSource.plain(file, sdk);
    }
    TemplateResult result = TemplateExpander.expand(file, values, true);
    for (TemplateProblem p : result.problems()) {
      diagnostics.report(PslRule.PS0107.at(result.span(p), p.message()));
    }
    Expansion e = result.expansion();
    if (!result.problems().isEmpty()) {
      // The expansion is not the policy the template means (a {% for %} body, an {{ expr }} left out):
      // reading it would only add syntax errors that follow from the template problems.
      return new PslSource(file, "", e::span, sdk);
    }
    return new PslSource(file, e.text(), e::span, sdk);
  }
}
