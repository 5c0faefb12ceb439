package org.kos.nkc.layout;

/**
 * Size arithmetic that saturates at {@link Long#MAX_VALUE} instead of wrapping: bounds may be up
 * to 2^32-1 and arrays nest, so a product can exceed 64 bits. A saturated size is still "too big
 * for any message", which is all a consumer needs to know. Public so that the check stage measures
 * against the wire limits with the same arithmetic the layout uses.
 */
public final class Sizes {
  public static final long SATURATED = Long.MAX_VALUE;

  private Sizes() {}

  public static long add(long a, long b) {
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0 ? SATURATED : r;
  }

  public static long times(long n, long each) {
    if (n == 0 || each == 0) {
      return 0;
    }
    return n > SATURATED / each ? SATURATED : n * each;
  }

  /** {@code offset} rounded up to a multiple of {@code alignment} (a power of two). */
  public static long alignUp(long offset, int alignment) {
    if (offset > SATURATED - alignment) {
      return SATURATED;
    }
    return (offset + alignment - 1) & -alignment;
  }
}
