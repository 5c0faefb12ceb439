package org.kos.nkc.ast;

import java.util.List;
import java.util.Objects;
import org.kos.nkc.diag.SourceSpan;

/**
 * A dotted name ({@code a.b.C}) as written; {@code parts} has at least one element. A value class
 * rather than a record so that the dotted text is joined once: resolution asks for it at nearly
 * every lookup.
 */
public final class QualifiedName {
  private final List<String> parts;
  private final SourceSpan span;
  private final String text;

  public QualifiedName(List<String> parts, SourceSpan span) {
    this.parts = List.copyOf(parts);
    this.span = span;
    // Most names are simple: their text is their only part, not a joined copy.
    this.text = this.parts.size() == 1 ? this.parts.get(0) : String.join(".", this.parts);
  }

  public List<String> parts() {
    return parts;
  }

  public SourceSpan span() {
    return span;
  }

  /** The dotted text, e.g. {@code kl.core.Types}. */
  public String text() {
    return text;
  }

  public boolean isSimple() {
    return parts.size() == 1;
  }

  /** The last part: the declared name of a package, or the member of a qualified reference. */
  public String last() {
    return parts.get(parts.size() - 1);
  }

  /** All parts but the last, dotted (empty for a simple name). */
  public String qualifier() {
    return String.join(".", parts.subList(0, parts.size() - 1));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QualifiedName q && parts.equals(q.parts) && Objects.equals(span, q.span);
  }

  @Override
  public int hashCode() {
    return Objects.hash(parts, span);
  }

  @Override
  public String toString() {
    return text;
  }
}
