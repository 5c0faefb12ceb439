package org.kos.ksm.models;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.Unit;
import org.kos.ksm.model.Values;

/**
 * A Mic object's integrity levels (spec §8.10): a degree, and a set of categories when the config
 * names some. L1 ≤ L2 iff degree(L1) ≤ degree(L2) and categories(L1) ⊆ categories(L2); two levels
 * may be incomparable. A level value is a degree text (no categories) or {@code {degree,
 * categories}}, where {@code degree : ()} is the lowest degree and {@code categories : ()} (or an
 * absent field) is no category. Categories are a bit mask: at most 64 per object.
 */
final class MicLevels {
  /** One level; {@code categories} has bit i for the config's category i. */
  record Level(int degree, long categories) {
    boolean atMost(Level other) {
      return degree <= other.degree && (categories & ~other.categories) == 0;
    }
  }

  private final String object;
  private final String[] degrees;
  private final String[] categories;
  private final Map<String, Integer> degreeIndex = new HashMap<>();
  private final Map<String, Integer> categoryIndex = new HashMap<>();

  private MicLevels(String object, List<Object> degrees, List<Object> categories) {
    this.object = object;
    this.degrees = names(degrees, degreeIndex, "degree");
    this.categories = names(categories, categoryIndex, "category");
    if (this.degrees.length == 0) {
      throw Config.bad(object, "Mic needs at least one level");
    }
    if (this.categories.length > Long.SIZE) {
      throw Config.bad(object, "Mic supports at most 64 categories");
    }
  }

  /** {@code ["LOW", "HIGH"]} (ascending), or {@code {degrees : [...], categories : [...]}}. */
  static MicLevels of(String object, Object config) {
    if (config instanceof List<?>) {
      return new MicLevels(object, Config.list(config, "config", object), List.of());
    }
    Map<String, Object> c = Config.record(config, object);
    return new MicLevels(object, Config.list(Config.field(c, "degrees", object), "degrees", object),
        Config.list(Config.field(c, "categories", object), "categories", object));
  }

  /** The level a value (not {@code ()}) denotes; an unknown degree or category is an error. */
  Level parse(Object value) throws EvalException {
    if (value instanceof String degree) {
      return new Level(degree(degree), 0);
    }
    Map<String, Object> full = Values.record(value, "a level");
    Object d = full.getOrDefault("degree", Unit.UNIT);
    Object cs = full.getOrDefault("categories", Unit.UNIT);
    long mask = 0;
    if (cs != Unit.UNIT) {
      for (Object c : Values.list(cs, "categories")) {
        Integer i = categoryIndex.get(Values.text(c, "a category"));
        if (i == null) {
          throw new EvalException(object + ": no category " + c);
        }
        mask |= 1L << i;
      }
    }
    return new Level(d == Unit.UNIT ? 0 : degree(Values.text(d, "degree")), mask);
  }

  /** What {@code query_level} answers: {@code "HIGH"}, or {@code "high:net,log"} with categories in config order. */
  String render(Level level) {
    StringBuilder s = new StringBuilder(degrees[level.degree()]);
    char sep = ':';
    for (int i = 0; i < categories.length; i++) {
      if ((level.categories() & (1L << i)) != 0) {
        s.append(sep).append(categories[i]);
        sep = ',';
      }
    }
    return s.toString();
  }

  private int degree(String name) throws EvalException {
    Integer i = degreeIndex.get(name);
    if (i == null) {
      throw new EvalException(object + ": no level " + name);
    }
    return i;
  }

  private String[] names(List<Object> list, Map<String, Integer> index, String what) {
    String[] out = new String[list.size()];
    for (Object o : list) {
      String n = Config.text(o, "a " + what, object);
      if (index.putIfAbsent(n, index.size()) != null) {
        throw Config.bad(object, what + " '" + n + "' is listed twice");
      }
      out[index.get(n)] = n;
    }
    return out;
  }
}
