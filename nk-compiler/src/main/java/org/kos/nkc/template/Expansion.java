package org.kos.nkc.template;

import java.util.Arrays;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.diag.SourceSpan;

/**
 * The text a template expanded to, and the way back: each piece of the expanded text came either
 * from the template as is or from one macro's value. Positions in the expanded text map to the
 * template, so diagnostics point at what the user wrote (inside a macro's value: at the macro).
 */
public final class Expansion {
  private final SourceFile template;
  private final String text;
  // Piece i starts at expandedStarts[i] in the expanded text and came from
  // [templateStarts[i], templateEnds[i]) of the template; fromMacro[i] when it is a macro's value.
  private final int[] expandedStarts;
  private final int[] templateStarts;
  private final int[] templateEnds;
  private final boolean[] fromMacro;

  Expansion(SourceFile template, String text, int[] expandedStarts, int[] templateStarts, int[] templateEnds,
      boolean[] fromMacro) {
    this.template = template;
    this.text = text;
    this.expandedStarts = expandedStarts;
    this.templateStarts = templateStarts;
    this.templateEnds = templateEnds;
    this.fromMacro = fromMacro;
  }

  /** A file that is not a template: the text is the file's, positions map to themselves. */
  public static Expansion identity(SourceFile file) {
    int n = file.text().length();
    return new Expansion(file, file.text(), new int[] {0}, new int[] {0}, new int[] {n}, new boolean[] {false});
  }

  /** The file the user wrote, where diagnostics point. */
  public SourceFile template() {
    return template;
  }

  /** The text to parse. */
  public String text() {
    return text;
  }

  /** The template span that {@code [start, end)} of the expanded text came from. */
  public SourceSpan span(int start, int end) {
    int from = start(start);
    int to = end <= start ? from : end(end);
    return template.span(from, Math.max(from, to));
  }

  private int piece(int offset) {
    int i = Arrays.binarySearch(expandedStarts, offset);
    if (i < 0) {
      return Math.max(0, -i - 2);
    }
    // Empty macro values make pieces that start where the next one does: take the last.
    while (i + 1 < expandedStarts.length && expandedStarts[i + 1] == offset) {
      i++;
    }
    return i;
  }

  private int start(int offset) {
    int i = piece(offset);
    if (fromMacro[i]) {
      return templateStarts[i];
    }
    return Math.min(templateStarts[i] + offset - expandedStarts[i], templateEnds[i]);
  }

  private int end(int offset) {
    int i = piece(offset - 1);
    if (fromMacro[i]) {
      return templateEnds[i];
    }
    return Math.min(templateStarts[i] + offset - expandedStarts[i], templateEnds[i]);
  }
}
