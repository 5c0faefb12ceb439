package org.kos.nkc.diag;

import java.util.List;
import java.util.Objects;

/**
 * One finding about the user's input. {@code id} is stable across releases (e.g. {@code NK0107}) and
 * names a page in {@code docs/errors/}. {@code span} may be null for findings about no particular
 * place (a missing file). {@code notes} point at related places, e.g. each link of an import cycle.
 */
public record Diagnostic(Severity severity, String id, String message, SourceSpan span, List<Note> notes) {
  public Diagnostic {
    Objects.requireNonNull(severity);
    Objects.requireNonNull(id);
    Objects.requireNonNull(message);
    notes = List.copyOf(notes);
  }

  /** A secondary message attached to a diagnostic, optionally at its own place. */
  public record Note(String message, SourceSpan span) {}

  public static Diagnostic error(String id, SourceSpan span, String message) {
    return new Diagnostic(Severity.ERROR, id, message, span, List.of());
  }

  public static Diagnostic warning(String id, SourceSpan span, String message) {
    return new Diagnostic(Severity.WARNING, id, message, span, List.of());
  }

  /** A copy with one more note. */
  public Diagnostic withNote(String message, SourceSpan at) {
    List<Note> more = new java.util.ArrayList<>(notes);
    more.add(new Note(message, at));
    return new Diagnostic(severity, id, this.message, span, more);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
