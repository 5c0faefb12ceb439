package org.kos.einit.rules;

import org.kos.nkc.diag.DiagnosticRule;
import org.kos.nkc.diag.Severity;

/**
 * Every rule einit-gen checks, with its stable diagnostic id and one-line summary. Ids are never
 * renumbered or reused: a retired rule keeps its entry. Each id has a page
 * {@code docs/errors/<ID>.md} and examples under {@code testdata/einit-errors/<ID>/}; a test keeps
 * the three in step. EI0001-EI0006 are about reading the file (init.yaml or solution.yaml),
 * EI0007-EI0011, EI0017 and EI0018 about what init.yaml says, EI0012-EI0016 and EI0019 about what
 * solution.yaml says (or lacks).
 */
public enum EinitRule implements DiagnosticRule {
  EI0001(Severity.ERROR, "YAML syntax error"),
  EI0002(Severity.ERROR, "tab used for indentation"),
  EI0003(Severity.ERROR, "value of the wrong kind: a list, a mapping or a text was expected"),
  EI0004(Severity.WARNING, "unknown key, ignored"),
  EI0005(Severity.ERROR, "required key missing"),
  EI0006(Severity.ERROR, "key given twice in one mapping"),
  EI0007(Severity.ERROR, "process class not found: no EDL on the search path"),
  EI0008(Severity.ERROR, "connection target names no task"),
  EI0009(Severity.ERROR, "connection id used twice by one client"),
  EI0010(Severity.ERROR, "task name used twice"),
  EI0011(Severity.WARNING, "connection to a task whose class has no endpoints"),
  EI0012(Severity.ERROR, "unknown key in solution.yaml"),
  EI0013(Severity.ERROR, "a file or directory solution.yaml names does not exist"),
  EI0014(Severity.ERROR, "a task runs a path that is none of the solution's programs"),
  EI0015(Severity.ERROR, "conflicting entries in solution.yaml: a jar beside sources, or an image path used twice"),
  EI0016(Severity.ERROR, "an image path in solution.yaml that no image may hold"),
  EI0017(Severity.WARNING, "connections that form a cycle, or a task connected to itself"),
  EI0018(Severity.ERROR, "CMake generator expression: the file is CMake's intermediate, not the configured one"),
  EI0019(Severity.ERROR, "a task runs an SDK program the solution does not implement"),
  EI0020(Severity.ERROR, "unknown SDK version in solution.yaml"),
  EI0021(Severity.ERROR, "a javac option in solution.yaml that cannot be used"),
  EI0022(Severity.ERROR, "a program does not build: no main class, no sources, or they do not compile");

  private final Severity severity;
  private final String summary;

  EinitRule(Severity severity, String summary) {
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
