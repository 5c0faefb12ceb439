package org.kos.ksm.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.EventState;
import org.kos.ksm.model.ModelObject;

/** Building PSL values and calling model objects in tests. */
final class Fixtures {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Fixtures() {}

  /** A record from alternating names and values; ints become longs. */
  static Map<String, Object> rec(Object... namesAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.put((String) namesAndValues[i], value(namesAndValues[i + 1]));
    }
    return m;
  }

  static List<Object> list(Object... values) {
    return Arrays.stream(values).map(Fixtures::value).toList();
  }

  static Map<String, Object> sid(long sid) {
    return rec("sid", sid);
  }

  static JsonNode type(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Calls {@code method} in {@code event}. */
  static Object call(ModelObject o, EventState event, String method, Object argument) throws EvalException {
    return o.call(method, argument, event);
  }

  /** Calls {@code method} in a fresh event and commits it, as a granted event would be. */
  static Object committed(ModelObject o, String method, Object argument) throws EvalException {
    EventState event = new EventState();
    Object r = o.call(method, argument, event);
    event.commit();
    return r;
  }

  /** Calls {@code method} in a fresh event that is then dropped (denied). */
  static Object dropped(ModelObject o, String method, Object argument) throws EvalException {
    return o.call(method, argument, new EventState());
  }

  private static Object value(Object v) {
    return v instanceof Integer i ? (Object) (long) i : v;
  }
}
