package org.kos.romfs;

/**
 * A shell pattern over image paths with genromfs's meaning, so that {@code -x} and {@code -A} select
 * the same entries in both tools: a pattern starting with "/" is matched against the whole path from
 * the image root ("/etc/init.d/rc"), any other pattern against the entry's own name ("rc"). Matching
 * is POSIX fnmatch with FNM_PATHNAME and FNM_PERIOD: "*", "?" and "[...]" never match "/", and a
 * leading "." must be matched literally.
 */
public final class PathPattern {
  private final String pattern;

  public PathPattern(String pattern) {
    if (pattern.isEmpty()) {
      throw new IllegalArgumentException("empty pattern");
    }
    this.pattern = pattern;
  }

  public String text() {
    return pattern;
  }

  /** Whether the entry at {@code imagePath} (relative, no leading "/") is selected. */
  public boolean matches(String imagePath) {
    String subject = pattern.startsWith("/") ? "/" + imagePath : ImagePaths.baseName(imagePath);
    return fnmatch(pattern, subject);
  }

  /** POSIX fnmatch(pattern, text, FNM_PATHNAME | FNM_PERIOD), memoised: O(|pattern|·|text|). */
  static boolean fnmatch(String pattern, String text) {
    byte[][] memo = new byte[pattern.length() + 1][text.length() + 1];
    return match(pattern, 0, text, 0, memo);
  }

  private static boolean match(String p, int pi, String t, int ti, byte[][] memo) {
    if (memo[pi][ti] != 0) {
      return memo[pi][ti] > 0;
    }
    boolean r = matchUncached(p, pi, t, ti, memo);
    memo[pi][ti] = (byte) (r ? 1 : -1);
    return r;
  }

  private static boolean leadingPeriod(String t, int ti) {
    return t.charAt(ti) == '.' && (ti == 0 || t.charAt(ti - 1) == '/');
  }

  private static boolean matchUncached(String p, int pi, String t, int ti, byte[][] memo) {
    if (pi == p.length()) {
      return ti == t.length();
    }
    char c = p.charAt(pi);
    switch (c) {
      case '*':
        if (ti < t.length() && leadingPeriod(t, ti)) {
          return match(p, pi + 1, t, ti, memo);
        }
        if (match(p, pi + 1, t, ti, memo)) {
          return true;
        }
        return ti < t.length() && t.charAt(ti) != '/' && match(p, pi, t, ti + 1, memo);
      case '?':
        return ti < t.length() && t.charAt(ti) != '/' && !leadingPeriod(t, ti)
            && match(p, pi + 1, t, ti + 1, memo);
      case '[': {
        int end = bracketEnd(p, pi);
        if (end < 0) {
          return ti < t.length() && t.charAt(ti) == '[' && match(p, pi + 1, t, ti + 1, memo);
        }
        if (ti >= t.length() || t.charAt(ti) == '/' || leadingPeriod(t, ti)) {
          return false;
        }
        return bracketMatches(p, pi + 1, end, t.charAt(ti)) && match(p, end + 1, t, ti + 1, memo);
      }
      case '\\':
        if (pi + 1 < p.length()) {
          return ti < t.length() && t.charAt(ti) == p.charAt(pi + 1) && match(p, pi + 2, t, ti + 1, memo);
        }
        return ti < t.length() && t.charAt(ti) == '\\' && match(p, pi + 1, t, ti + 1, memo);
      default:
        return ti < t.length() && t.charAt(ti) == c && match(p, pi + 1, t, ti + 1, memo);
    }
  }

  /** Index of the ']' closing the bracket expression at {@code open}, or -1 if it is not closed. */
  private static int bracketEnd(String p, int open) {
    int i = open + 1;
    if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
      i++;
    }
    if (i < p.length() && p.charAt(i) == ']') {
      i++;
    }
    for (; i < p.length(); i++) {
      if (p.charAt(i) == ']') {
        return i;
      }
    }
    return -1;
  }

  private static boolean bracketMatches(String p, int from, int end, char ch) {
    boolean negate = p.charAt(from) == '!' || p.charAt(from) == '^';
    int i = negate ? from + 1 : from;
    boolean found = false;
    boolean first = true;
    while (i < end) {
      char lo = p.charAt(i);
      if (lo == ']' && !first) {
        break;
      }
      first = false;
      if (i + 2 < end && p.charAt(i + 1) == '-') {
        char hi = p.charAt(i + 2);
        found |= lo <= ch && ch <= hi;
        i += 3;
      } else {
        found |= lo == ch;
        i++;
      }
    }
    return found != negate;
  }

  @Override
  public String toString() {
    return pattern;
  }
}
