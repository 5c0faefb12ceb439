package org.kos.rcdb.scan;

/** C/Java escape sequences in string and char literals. */
final class Escapes {
  private Escapes() {}

  /**
   * Appends the character(s) of the escape starting at {@code pos} (just after the backslash) and
   * returns the offset after it. Unknown escapes keep the character, as compilers tolerate them.
   */
  static int unescape(String text, int pos, StringBuilder out) {
    char c = text.charAt(pos);
    switch (c) {
      case 'n' -> out.append('\n');
      case 't' -> out.append('\t');
      case 'r' -> out.append('\r');
      case 'a' -> out.append('\u0007');
      case 'b' -> out.append('\b');
      case 'f' -> out.append('\f');
      case 'v' -> out.append('\u000B');
      case 'e' -> out.append('\u001B');
      case 'x' -> {
        int p = pos + 1;
        int v = 0;
        while (p < text.length() && Character.digit(text.charAt(p), 16) >= 0 && p < pos + 9) {
          v = v * 16 + Character.digit(text.charAt(p), 16);
          p++;
        }
        out.appendCodePoint(v);
        return p;
      }
      case 'u', 'U' -> {
        int len = c == 'u' ? 4 : 8;
        int p = pos + 1;
        int v = 0;
        while (p < text.length() && p < pos + 1 + len && Character.digit(text.charAt(p), 16) >= 0) {
          v = v * 16 + Character.digit(text.charAt(p), 16);
          p++;
        }
        if (Character.isValidCodePoint(v)) {
          out.appendCodePoint(v);
        }
        return p;
      }
      default -> {
        if (c >= '0' && c <= '7') {
          int p = pos;
          int v = 0;
          while (p < text.length() && p < pos + 3 && text.charAt(p) >= '0' && text.charAt(p) <= '7') {
            v = v * 8 + (text.charAt(p) - '0');
            p++;
          }
          out.append((char) v);
          return p;
        }
        out.append(c);
      }
    }
    return pos + 1;
  }
}
