package org.kos.ksm.models;

import java.util.List;
import java.util.Map;

/** Reading an object's evaluated {@code config}; a malformed one is the policy loader's error. */
final class Config {
  private Config() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> record(Object config, String object) {
    if (config instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw bad(object, "config must be a record, got " + config);
  }

  static Object field(Map<String, Object> config, String name, String object) {
    Object v = config.get(name);
    if (v == null) {
      throw bad(object, "config has no '" + name + "'");
    }
    return v;
  }

  static int count(Map<String, Object> config, String name, String object) {
    Object v = field(config, name, object);
    if (v instanceof Long l && l >= 0 && l <= Integer.MAX_VALUE) {
      return (int) (long) l;
    }
    throw bad(object, "config '" + name + "' must be a count, got " + v);
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object v, String what, String object) {
    if (v instanceof List<?> l) {
      return (List<Object>) l;
    }
    throw bad(object, what + " must be a list, got " + v);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object v, String what, String object) {
    if (v instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw bad(object, what + " must be a map, got " + v);
  }

  static String text(Object v, String what, String object) {
    if (v instanceof String s) {
      return s;
    }
    throw bad(object, what + " must be a text, got " + v);
  }

  static IllegalArgumentException bad(String object, String message) {
    return new IllegalArgumentException("policy object " + object + ": " + message);
  }
}
