package org.kos.nkc.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every diagnostic of a run, so a stage reports all problems rather than stopping at the
 * first. {@link #sorted()} gives a stable order (file, position, id) whatever order stages ran in.
 */
public final class Diagnostics {
  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> d.span() == null ? "" : d.span().file().name())
          .thenComparingInt(d -> d.span() == null ? -1 : d.span().start())
          .thenComparing(Diagnostic::id)
          .thenComparing(Diagnostic::message);

  private final List<Diagnostic> all = new ArrayList<>();
  private int errors;

  public void report(Diagnostic d) {
    all.add(d);
    if (d.isError()) {
      errors++;
    }
  }

  public void error(String id, SourceSpan span, String message) {
    report(Diagnostic.error(id, span, message));
  }

  public void warning(String id, SourceSpan span, String message) {
    report(Diagnostic.warning(id, span, message));
  }

  public boolean hasErrors() {
    return errors > 0;
  }

  public int errorCount() {
    return errors;
  }

  public List<Diagnostic> all() {
    return List.copyOf(all);
  }

  /** Diagnostics in a deterministic order, duplicates (same id, place and message) removed. */
  public List<Diagnostic> sorted() {
    return all.stream().distinct().sorted(ORDER).toList();
  }
}
