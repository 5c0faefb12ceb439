package org.kos.psl.rules;

import org.kos.nkc.diag.DiagnosticRule;
import org.kos.nkc.diag.Severity;

/**
 * Every rule of the PSL front end, with its stable diagnostic id and one-line summary. Ids are never
 * renumbered or reused: a retired rule keeps its entry. Each id has a page {@code docs/errors/<ID>.md}
 * and examples under {@code testdata/psl-errors/<ID>/}; a test keeps the three in step. Ranges:
 * PS01xx reading the file (templates, lexing, parsing), PS02xx files and names (use, EDL classes,
 * objects), PS03xx bindings, selectors and statements, PS04xx expressions and types, PS05xx policy
 * objects and models, PS06xx audit, PS07xx tests (PAL).
 */
public enum PslRule implements DiagnosticRule {
  PS0101(Severity.ERROR, "unexpected character"),
  PS0102(Severity.ERROR, "unterminated comment, text literal or regex block"),
  PS0103(Severity.ERROR, "malformed integer literal"),
  PS0104(Severity.ERROR, "syntax error: unexpected token"),
  PS0105(Severity.ERROR, "operator needs parentheses (bitwise operator mixed with others, chained comparison)"),
  PS0106(Severity.ERROR, "not PSL: the pre-PSL security.cfg format"),
  PS0107(Severity.ERROR, "template text the compiler cannot read (Jinja beyond if/elif/else/endif, a CMake generator expression)"),
  PS0108(Severity.ERROR, "nested too deeply (more than 256 levels)"),
  PS0109(Severity.ERROR, "invalid escape in a text literal"),
  PS0110(Severity.ERROR, "record field without a name"),
  PS0111(Severity.WARNING, "'=' instead of ':' in a record"),
  PS0112(Severity.ERROR, "declaration only the SDK's model files may contain"),

  PS0201(Severity.ERROR, "policy fragment not found on the search path"),
  PS0202(Severity.ERROR, "use cycle"),
  PS0203(Severity.ERROR, "process class not found: no EDL on the search path"),
  PS0204(Severity.ERROR, "unknown process class"),
  PS0205(Severity.ERROR, "unknown endpoint, interface or component"),
  PS0206(Severity.ERROR, "unknown method"),
  PS0207(Severity.ERROR, "unknown message field"),
  PS0208(Severity.ERROR, "unknown name: no such object, method or value"),
  PS0209(Severity.ERROR, "duplicate declaration"),
  PS0210(Severity.ERROR, "execute interface other than kl.core.Execute, or declared twice differently"),
  PS0211(Severity.WARNING, "task class without an EDL"),

  PS0301(Severity.ERROR, "selector not allowed for this event kind"),
  PS0302(Severity.WARNING, "match section that can never be entered: its selectors contradict the enclosing ones"),
  PS0303(Severity.ERROR, "message used where the method is not fixed"),
  PS0304(Severity.ERROR, "statement is not a rule call"),
  PS0305(Severity.WARNING, "choice without '_' that may not cover its value"),
  PS0306(Severity.ERROR, "choice alternative that can never be selected"),
  PS0307(Severity.ERROR, "choice head is not a query"),
  PS0308(Severity.WARNING, "policy without an execute binding: no process can start"),
  PS0309(Severity.WARNING, "binding grants every event of its kind"),
  PS0310(Severity.ERROR, "selector given twice in one header"),

  PS0401(Severity.ERROR, "type mismatch"),
  PS0402(Severity.ERROR, "record fields do not match: a field is missing or unknown"),
  PS0403(Severity.ERROR, "rule used where a value is needed"),
  PS0404(Severity.ERROR, "value out of range for its type"),
  PS0405(Severity.ERROR, "parameter not visible to policies (bytes)"),
  PS0406(Severity.ERROR, "invalid regular expression"),

  PS0501(Severity.ERROR, "unknown security model"),
  PS0502(Severity.ERROR, "policy object parameters missing or wrong"),
  PS0503(Severity.ERROR, "inconsistent model configuration"),
  PS0504(Severity.WARNING, "model parameter under another name than the model's"),

  PS0601(Severity.ERROR, "audit profile names an unknown or non-auditable object"),
  PS0602(Severity.ERROR, "unknown audit condition or value"),
  PS0603(Severity.ERROR, "unknown audit profile or level"),
  PS0604(Severity.WARNING, "audit condition or value accepted for compatibility, with no effect or another spelling"),

  PS0701(Severity.ERROR, "test step names an unknown process variable");

  private final Severity severity;
  private final String summary;

  PslRule(Severity severity, String summary) {
    this.severity = severity;
    this.summary = summary;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String summary() {
    return summary;
  }
}
