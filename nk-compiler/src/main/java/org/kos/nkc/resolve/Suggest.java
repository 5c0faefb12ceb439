package org.kos.nkc.resolve;

/** "did you mean" for a mistyped name: the closest candidate within a small edit distance (also used by einit-gen). */
public final class Suggest {
  private Suggest() {}

  /** The closest candidate, or null when none is close enough to be a typo. */
  public static String closest(String typed, Iterable<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int limit = Math.max(1, Math.min(2, typed.length() / 3));
    for (String c : candidates) {
      int d = distance(typed.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
      if (d == 0 && !c.equals(typed)) {
        d = 1; // differs only in case
      }
      if (d <= limit && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best != null ? best : onlyExtension(typed, candidates);
  }

  /** A shortened name ({@code val} for {@code value}): the one candidate it begins, when there is exactly one. */
  private static String onlyExtension(String typed, Iterable<String> candidates) {
    if (typed.length() < 3) {
      return null;
    }
    String found = null;
    for (String c : candidates) {
      if (c.length() > typed.length() && c.startsWith(typed)) {
        if (found != null) {
          return null;
        }
        found = c;
      }
    }
    return found;
  }

  /** Edit distance counting a swap of two neighbouring characters as one edit (UInt23 → UInt32). */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
