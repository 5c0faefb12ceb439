package org.kos.nkc.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * Errors reported per file at most, like javac and fidlc: past that the rest are usually
   * consequences of the first, and binary input would print thousands.
   */
  public static final int MAX_ERRORS_PER_FILE = 100;

  private final List<Diagnostic> all = new ArrayList<>();
  private final Map<SourceFile, Cut> cuts = new IdentityHashMap<>();
  private int errors;

  /** Where a file's errors were cut off: the last one kept (index in {@code all}) and how many were dropped. */
  private static final class Cut {
    int kept;
    int lastKept = -1;
    int dropped;
    SourceSpan firstDropped;
  }

  public void report(Diagnostic d) {
    if (d.isError()) {
      errors++;
      if (d.span() != null) {
        Cut cut = cuts.computeIfAbsent(d.span().file(), f -> new Cut());
        if (cut.kept == MAX_ERRORS_PER_FILE) {
          if (cut.dropped++ == 0) {
            cut.firstDropped = d.span();
          }
          return;
        }
        cut.kept++;
        cut.lastKept = all.size();
      }
    }
    all.add(d);
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

  /** Every diagnostic kept; a file's last error says so when later ones were dropped. */
  public List<Diagnostic> all() {
    List<Diagnostic> out = new ArrayList<>(all);
    for (Cut cut : cuts.values()) {
      if (cut.dropped > 0) {
        out.set(cut.lastKept, out.get(cut.lastKept).withNote("too many errors in this file; stopped after "
            + MAX_ERRORS_PER_FILE + " (" + cut.dropped + " more not shown)", cut.firstDropped));
      }
    }
    return out;
  }

  /** Diagnostics in a deterministic order, duplicates (same id, place and message) removed. */
  public List<Diagnostic> sorted() {
    return all().stream().distinct().sorted(ORDER).toList();
  }
}
