package org.kos.romfs.write;

import org.kos.romfs.PathPattern;

/** {@code -A ALIGN,PATTERN}: entries matching the pattern are aligned to at least {@code alignment} bytes. */
public record AlignmentRule(int alignment, PathPattern pattern) {
  public AlignmentRule {
    checkAlignment(alignment);
  }

  /** Parses {@code ALIGN,PATTERN} as genromfs takes it. */
  public static AlignmentRule parse(String spec) {
    int comma = spec.indexOf(',');
    if (comma <= 0 || comma == spec.length() - 1) {
      throw new IllegalArgumentException("expected ALIGN,PATTERN, found '" + spec + "'");
    }
    return new AlignmentRule(parseAlignment(spec.substring(0, comma)), new PathPattern(spec.substring(comma + 1)));
  }

  /** Parses an alignment: a power of two of at least 16. */
  public static int parseAlignment(String text) {
    int a;
    try {
      a = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("alignment '" + text + "' is not a number");
    }
    checkAlignment(a);
    return a;
  }

  static void checkAlignment(int a) {
    if (a < 16 || Integer.bitCount(a) != 1) {
      throw new IllegalArgumentException("alignment " + a + " is not a power of two of at least 16");
    }
  }
}
