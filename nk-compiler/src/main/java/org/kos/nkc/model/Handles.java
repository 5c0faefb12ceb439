package org.kos.nkc.model;

import java.util.List;
import java.util.Map;

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
    return count(type, null);
  }

  /**
   * The same count, remembering each struct's in {@code memo} (an identity map, kept across calls
   * by a caller that counts many types): structs nest, so counting without it repeats work.
   */
  public static long count(Type type, Map<StructType, Long> memo) {
    if (type instanceof Type.Handle) {
      return 1;
    }
    if (type instanceof Typedef t) {
      return count(t.target(), memo);
    }
    if (type instanceof Type.Array a) {
      return times(a.length(), count(a.element(), memo));
    }
    if (type instanceof Type.Sequence s) {
      return times(s.bound(), count(s.element(), memo));
    }
    if (type instanceof StructType s) {
      Long known = memo == null ? null : memo.get(s);
      if (known != null) {
        return known;
      }
      long n = 0;
      List<StructType.Field> fields = s.fields();
      // Indexed: the C1-only JIT the launcher uses allocates an iterator for every for-each.
      for (int i = 0; i < fields.size(); i++) {
        long c = count(fields.get(i).type(), memo);
        n = s.union() ? Math.max(n, c) : add(n, c);
      }
      if (memo != null) {
        memo.put(s, n);
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
