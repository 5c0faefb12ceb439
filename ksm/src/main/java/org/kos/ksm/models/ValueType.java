package org.kos.ksm.models;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.kos.ksm.model.Unit;

/**
 * A model's type parameter (HashSet's {@code Entry}, StaticMap's {@code Value}, Flow's {@code
 * State}) as a membership test, built from the IR's type description ({@code {"type": "UInt16"}},
 * {@code {"variant": [...]}}, {@code {"text": "a"}}, {@code {"dict": {...}}}, ...). A value outside it
 * is an evaluation error (spec §16 item 17). UInt64 and SInt64 hold every {@code Long}: values of
 * 2^63 and more are negative longs (see {@code Values}).
 */
final class ValueType {
  /** Used when the object declares no parameter: anything goes. */
  static final ValueType ANY = new ValueType(v -> true, "_");

  private final Predicate<Object> test;
  private final String description;

  private ValueType(Predicate<Object> test, String description) {
    this.test = test;
    this.description = description;
  }

  boolean holds(Object value) {
    return test.test(value);
  }

  @Override
  public String toString() {
    return description;
  }

  static ValueType of(JsonNode t) {
    return t == null || t.isNull() ? ANY : new ValueType(predicate(t), t.toString());
  }

  private static Predicate<Object> predicate(JsonNode t) {
    if (t.has("type")) {
      return named(t.get("type").asText());
    }
    if (t.has("int")) {
      BigInteger want = new BigInteger(t.get("int").asText());
      long w = want.longValue();
      boolean representable = want.bitLength() <= 64 && (want.signum() >= 0 || want.bitLength() < 64);
      return v -> representable && v instanceof Long l && l == w;
    }
    if (t.has("text")) {
      String want = t.get("text").asText();
      return want::equals;
    }
    if (t.has("variant")) {
      List<Predicate<Object>> alts = all(t.get("variant"));
      return v -> alts.stream().anyMatch(a -> a.test(v));
    }
    if (t.has("dict")) {
      return dict(t.get("dict"));
    }
    if (t.has("tuple")) {
      List<Predicate<Object>> elements = all(t.get("tuple"));
      return v -> v instanceof List<?> l && l.size() == elements.size() && allHold(elements, l);
    }
    for (String kind : List.of("set", "list", "array", "sequence")) {
      if (t.has(kind)) {
        JsonNode c = t.get(kind);
        Predicate<Object> element = predicate(c.get("element"));
        long bound = c.has("bound") ? c.get("bound").asLong() : Long.MAX_VALUE;
        return v -> v instanceof List<?> l && l.size() <= bound && l.stream().allMatch(element);
      }
    }
    if (t.has("map")) {
      Predicate<Object> key = predicate(t.get("map").get("key"));
      Predicate<Object> value = predicate(t.get("map").get("value"));
      return v -> v instanceof Map<?, ?> m
          && m.entrySet().stream().allMatch(e -> key.test(e.getKey()) && value.test(e.getValue()));
    }
    throw new IllegalArgumentException("unknown type description " + t);
  }

  private static Predicate<Object> named(String name) {
    switch (name) {
      case "UInt8": return range(0, 0xFFL);
      case "UInt16": return range(0, 0xFFFFL);
      case "UInt32": return range(0, 0xFFFF_FFFFL);
      case "SInt8": return range(Byte.MIN_VALUE, Byte.MAX_VALUE);
      case "SInt16": return range(Short.MIN_VALUE, Short.MAX_VALUE);
      case "SInt32": return range(Integer.MIN_VALUE, Integer.MAX_VALUE);
      case "UInt64":
      case "SInt64": return v -> v instanceof Long;
      case "Boolean": return v -> v instanceof Boolean;
      case "Text": return v -> v instanceof String;
      case "()": return v -> v == Unit.UNIT;
      case "_": return v -> true;
      default: throw new IllegalArgumentException("unknown type " + name);
    }
  }

  private static Predicate<Object> range(long min, long max) {
    return v -> v instanceof Long l && l >= min && l <= max;
  }

  private static Predicate<Object> dict(JsonNode fields) {
    Map<String, Predicate<Object>> want = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      want.put(f.getKey(), predicate(f.getValue()));
    }
    return v -> v instanceof Map<?, ?> m && m.size() == want.size()
        && want.entrySet().stream().allMatch(f -> m.containsKey(f.getKey()) && f.getValue().test(m.get(f.getKey())));
  }

  private static List<Predicate<Object>> all(JsonNode types) {
    List<Predicate<Object>> out = new ArrayList<>();
    types.forEach(t -> out.add(predicate(t)));
    return out;
  }

  private static boolean allHold(List<Predicate<Object>> tests, List<?> values) {
    for (int i = 0; i < tests.size(); i++) {
      if (!tests.get(i).test(values.get(i))) {
        return false;
      }
    }
    return true;
  }
}
