package org.kos.nkc.template;

import java.util.Arrays;
import org.kos.nkc.diag.SourceFile;

/** An expansion being built: its text and growable parallel arrays of its pieces. */
final class Pieces {
  private final StringBuilder out;
  private int n;
  private int[] expandedStarts = new int[8];
  private int[] templateStarts = new int[8];
  private int[] templateEnds = new int[8];
  private boolean[] fromMacro = new boolean[8];

  Pieces(int capacity) {
    out = new StringBuilder(capacity);
  }

  /** Keeps {@code [start, end)} of the template as is; nothing for an empty range. */
  void text(String template, int start, int end) {
    if (start < end) {
      add(start, end, false);
      out.append(template, start, end);
    }
  }

  /** Puts the value of the macro at {@code [start, end)} of the template, even an empty one. */
  void macro(int start, int end, String value) {
    add(start, end, true);
    out.append(value);
  }

  private void add(int templateStart, int templateEnd, boolean macro) {
    if (n == expandedStarts.length) {
      expandedStarts = Arrays.copyOf(expandedStarts, 2 * n);
      templateStarts = Arrays.copyOf(templateStarts, 2 * n);
      templateEnds = Arrays.copyOf(templateEnds, 2 * n);
      fromMacro = Arrays.copyOf(fromMacro, 2 * n);
    }
    expandedStarts[n] = out.length();
    templateStarts[n] = templateStart;
    templateEnds[n] = templateEnd;
    fromMacro[n] = macro;
    n++;
  }

  /** The expansion; an empty last piece at the template's end maps the end of the text there. */
  Expansion into(SourceFile template) {
    int end = template.text().length();
    add(end, end, false);
    return new Expansion(template, out.toString(), Arrays.copyOf(expandedStarts, n), Arrays.copyOf(templateStarts, n),
        Arrays.copyOf(templateEnds, n), Arrays.copyOf(fromMacro, n));
  }
}
