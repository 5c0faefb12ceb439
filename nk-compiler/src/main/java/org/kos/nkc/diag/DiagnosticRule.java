package org.kos.nkc.diag;

import java.util.List;

/**
 * A registered diagnostic: stable id, severity and one-line summary, with a page
 * {@code docs/errors/<ID>.md}. Each tool keeps its rules in an enum implementing this (nk-compiler's
 * {@code Rule}, einit-gen's {@code EinitRule}); the enum's name is the id.
 */
public interface DiagnosticRule {
  /** The stable id, e.g. {@code NK0201}: the enum constant's name. */
  String name();

  default String id() {
    return name();
  }

  Severity severity();

  /** One line saying what the rule is about; the docs page says why and how to fix. */
  String summary();

  /** A diagnostic of this rule at {@code span}, with a message saying what exactly is wrong. */
  default Diagnostic at(SourceSpan span, String message) {
    return new Diagnostic(severity(), id(), message, span, List.of());
  }
}
