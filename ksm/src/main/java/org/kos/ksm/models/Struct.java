package org.kos.ksm.models;

import java.util.List;
import java.util.Map;
import org.kos.ksm.model.EvalException;

/**
 * Struct (spec §8.5): {@code size x}, the element count of a list, set, sequence, array or map, or
 * the character (code point) count of a text. Field and index access are the engine's.
 */
final class Struct extends NamedObject {

  Struct(String name) {
    super(name);
  }


  @Override
  public Method method(String method) {
    return method.equals("size") ? (argument, event) -> size(argument) : unknown("Struct", method);
  }

  private static Object size(Object argument) throws EvalException {
    if (argument instanceof String s) {
      return (long) s.codePointCount(0, s.length());
    }
    if (argument instanceof List<?> l) {
      return (long) l.size();
    }
    if (argument instanceof Map<?, ?> m) {
      return (long) m.size();
    }
    throw new EvalException("size needs a text, list, set or map, got " + argument);
  }
}
