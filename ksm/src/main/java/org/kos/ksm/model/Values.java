package org.kos.ksm.model;

import java.util.List;
import java.util.Map;

/**
 * Helpers over PSL values as plain Java objects. Integers are {@code Long}: every PSL integer type
 * fits except UInt64 values of 2^63 and more, which are kept as negative longs and compared as
 * unsigned only where the type says UInt64 (the engine handles the conversions).
 */
public final class Values {
  private Values() {}

  public static long integer(Object v, String what) throws EvalException {
    if (v instanceof Long l) {
      return l;
    }
    throw new EvalException(what + " is not an integer: " + v);
  }

  public static String text(Object v, String what) throws EvalException {
    if (v instanceof String s) {
      return s;
    }
    throw new EvalException(what + " is not a text: " + v);
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> record(Object v, String what) throws EvalException {
    if (v instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw new EvalException(what + " is not a record: " + v);
  }

  @SuppressWarnings("unchecked")
  public static List<Object> list(Object v, String what) throws EvalException {
    if (v instanceof List<?> l) {
      return (List<Object>) l;
    }
    throw new EvalException(what + " is not a list: " + v);
  }

  /** A field of a record argument. */
  public static Object field(Object record, String name) throws EvalException {
    Map<String, Object> m = record(record, "the argument");
    Object v = m.get(name);
    if (v == null && !m.containsKey(name)) {
      throw new EvalException("field '" + name + "' missing");
    }
    return v;
  }

  /** The {@code sid} field of a record argument. */
  public static long sid(Object record, String name) throws EvalException {
    return integer(field(record, name), name);
  }
}
