package org.kos.nkc.ast;

import java.util.List;
import org.kos.nkc.diag.SourceSpan;

/** A dotted name ({@code a.b.C}) as written; {@code parts} has at least one element. */
public record QualifiedName(List<String> parts, SourceSpan span) {
  public QualifiedName {
    parts = List.copyOf(parts);
  }

  /** The dotted text, e.g. {@code kl.core.Types}. */
  public String text() {
    return String.join(".", parts);
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
  public String toString() {
    return text();
  }
}
