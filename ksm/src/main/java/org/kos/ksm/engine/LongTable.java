package org.kos.ksm.engine;

/**
 * Values (the engine's plans, the monitor's routes) by packed event key, read without locks or
 * allocation on every message: an open-addressing table of {@code long} keys that is copied on the
 * rare insert (a new key is a new kind of event, a few per class pair) and published through a
 * volatile field. Keys must come from a bounded set (the module's classes, endpoints and methods).
 */
final class LongTable<V> {
  private static final class Table {
    final long[] keys;
    final Object[] plans;
    final int size;

    Table(int capacity, int size) {
      this.keys = new long[capacity];
      this.plans = new Object[capacity];
      this.size = size;
    }
  }

  private volatile Table table = new Table(64, 0);

  @SuppressWarnings("unchecked")
  V get(long key) {
    Table t = table;
    int mask = t.keys.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      V p = (V) t.plans[i];
      if (p == null) {
        return null;
      }
      if (t.keys[i] == key) {
        return p;
      }
    }
  }

  /** Adds a value unless one raced in first; returns the one in the table. */
  synchronized V putIfAbsent(long key, V plan) {
    V there = get(key);
    if (there != null) {
      return there;
    }
    Table old = table;
    int capacity = old.keys.length;
    if ((old.size + 1) * 2 > capacity) {
      capacity *= 2;
    }
    Table t = new Table(capacity, old.size + 1);
    for (int i = 0; i < old.keys.length; i++) {
      if (old.plans[i] != null) {
        insert(t, old.keys[i], old.plans[i]);
      }
    }
    insert(t, key, plan);
    table = t;
    return plan;
  }

  private static void insert(Table t, long key, Object plan) {
    int mask = t.keys.length - 1;
    int i = mix(key) & mask;
    while (t.plans[i] != null) {
      i = (i + 1) & mask;
    }
    t.keys[i] = key;
    t.plans[i] = plan;
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
