package org.kos.nkc.model;

/**
 * How many handles a value of a type carries at most. Counted this way (the rule "at most 7
 * handles in and 7 out" and the layout use the same count): {@code Handle} and
 * {@code handle<I>} are 1; a struct is the sum of its fields; a union the largest of its
 * members (one travels); {@code array<T,N>} and {@code sequence<T,N>} are N times T;
 * integers, {@code bytes} and {@code string} carry none. Saturates at {@link Long#MAX_VALUE}.
 */
public final class Handles {
  private Handles() {}

  public static long count(Type type) {
    if (type instanceof Type.Handle) {
      return 1;
    }
    if (type instanceof Typedef t) {
      return count(t.target());
    }
    if (type instanceof Type.Array a) {
      return times(a.length(), count(a.element()));
    }
    if (type instanceof Type.Sequence s) {
      return times(s.bound(), count(s.element()));
    }
    if (type instanceof StructType s) {
      long n = 0;
      for (StructType.Field f : s.fields()) {
        n = s.union() ? Math.max(n, count(f.type())) : add(n, count(f.type()));
      }
      return n;
    }
    return 0;
  }

  static long add(long a, long b) {
    long r = a + b;
    return r < 0 ? Long.MAX_VALUE : r;
  }

  private static long times(long n, long each) {
    if (each == 0) {
      return 0;
    }
    return n > Long.MAX_VALUE / each ? Long.MAX_VALUE : n * each;
  }
}
