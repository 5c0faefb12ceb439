package org.kos.rcdb.scan;

import java.util.Arrays;

/** Maps char offsets of a text to 1-based line and column numbers (a tab counts one column). */
final class LineIndex {
  private final int[] starts;

  LineIndex(String text) {
    int[] s = new int[16];
    int n = 0;
    s[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (n == s.length) {
          s = Arrays.copyOf(s, n * 2);
        }
        s[n++] = i + 1;
      }
    }
    starts = Arrays.copyOf(s, n);
  }

  int line(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  int column(int offset) {
    return offset - starts[line(offset) - 1] + 1;
  }
}
