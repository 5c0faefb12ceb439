package org.kos.ksm.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A record value the engine builds for every event ({@code {sid : dst_sid, state : "ready"}}): the
 * field names, shared by every value of one record expression, and an array of values, in the
 * order written. Two objects instead of a hash map's table and entries. Immutable; equal, as a
 * {@link java.util.Map}, to any map with the same entries, so records compare field by field
 * whatever built them.
 */
public final class RecordValue extends AbstractMap<String, Object> {
  private final String[] names;
  private final Object[] values;

  /** A record of {@code values[i]} named {@code names[i]}; neither array is copied nor may change afterwards. */
  public RecordValue(String[] names, Object[] values) {
    if (names.length != values.length) {
      throw new IllegalArgumentException(names.length + " names for " + values.length + " values");
    }
    this.names = names;
    this.values = values;
  }

  private int indexOf(Object name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i] == name) { // names are literals of the policy and of the models: mostly the same objects
        return i;
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Object get(Object name) {
    int i = indexOf(name);
    return i < 0 ? null : values[i];
  }

  @Override
  public boolean containsKey(Object name) {
    return indexOf(name) >= 0;
  }

  @Override
  public int size() {
    return names.length;
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return names.length;
      }

      @Override
      public Iterator<Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < names.length;
          }

          @Override
          public Entry<String, Object> next() {
            if (next >= names.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(names[i], values[i]);
          }
        };
      }
    };
  }
}
