package org.kos.ksm.models;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kos.ksm.model.Decision;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.EventState;
import org.kos.ksm.model.Values;

/**
 * StaticMap (spec §8.8): per SID a table of the configured keys, with a base copy ({@code get}) and
 * a working copy ({@code set}, {@code get_uncommitted}; {@code commit} copies working to base,
 * {@code rollback} base to working), from a pool of {@code pool_size} tables. Both spellings of the
 * working-copy read are accepted (§16 item 11). A key is a text or a {@code List<UInt8>}: the list
 * names the key whose UTF-8 bytes it holds. A {@code value} outside the {@code Value} type is an
 * evaluation error (§16 item 17).
 */
final class StaticMap extends NamedObject {
  private final ValueType valueType;
  private final int poolSize;
  private final Map<String, Integer> keyByText = new HashMap<>();
  private final Map<List<Object>, Integer> keyByBytes = new HashMap<>();
  private final Object[] defaults;
  private final SidContexts<Table> tables = new SidContexts<>();

  /** One SID's table; copied into an event's draft before the event changes it. */
  private record Table(Object[] base, Object[] working) {
    Table copy() {
      return new Table(base.clone(), working.clone());
    }
  }

  private StaticMap(String name, ValueType valueType, Map<String, Object> keys, int poolSize) {
    super(name);
    this.valueType = valueType;
    this.poolSize = poolSize;
    this.defaults = new Object[keys.size()];
    int i = 0;
    for (Map.Entry<String, Object> k : keys.entrySet()) {
      if (!valueType.holds(k.getValue())) {
        throw Config.bad(name, "the default of key '" + k.getKey() + "' is not a value of " + valueType);
      }
      keyByText.put(k.getKey(), i);
      keyByBytes.put(bytes(k.getKey()), i);
      defaults[i++] = k.getValue();
    }
  }

  static StaticMap create(String name, ValueType valueType, Object config) {
    Map<String, Object> c = Config.record(config, name);
    Map<String, Object> keys = Config.map(Config.field(c, "keys", name), "keys", name);
    return new StaticMap(name, valueType, keys, Config.count(c, "pool_size", name));
  }


  @Override
  public Method method(String method) {
    switch (method) {
      case "init": return (argument, event) -> tables.init(argument, event, poolSize,
          () -> new Table(defaults.clone(), defaults.clone()));
      case "fini": return tables::fini;
      case "set": return this::set;
      case "commit": return (argument, event) -> copy(argument, event, true);
      case "rollback": return (argument, event) -> copy(argument, event, false);
      case "get": return (argument, event) -> get(argument, event, true);
      case "get_uncommited":
      case "get_uncommitted": return (argument, event) -> get(argument, event, false);
      default: return unknown("StaticMap", method);
    }
  }

  @Override
  public boolean readsOnly(String method) {
    return method.equals("get") || method.equals("get_uncommited") || method.equals("get_uncommitted");
  }

  @Override
  public void forget(long sid) {
    tables.forget(sid);
  }

  private Decision set(Object argument, EventState event) throws EvalException {
    int sid = Args.sid(argument, "sid");
    Object value = Values.field(argument, "value");
    if (!valueType.holds(value)) {
      throw new EvalException(name + ": value " + value + " is not a value of " + valueType);
    }
    Integer key = key(argument);
    Table t = sid == Args.OUT_OF_RANGE ? null : tables.get(event, sid);
    if (t == null || key == null) {
      return Decision.DENIED;
    }
    if (!value.equals(t.working[key])) { // writing the same value changes nothing: no draft
      tables.update(event, sid, Table::copy).working[key] = value;
    }
    return Decision.GRANTED;
  }

  /** {@code commit} (working to base) or {@code rollback} (base to working). */
  private Decision copy(Object argument, EventState event, boolean toBase) throws EvalException {
    int sid = Args.sid(argument, "sid");
    Table t = sid == Args.OUT_OF_RANGE ? null : tables.get(event, sid);
    if (t == null) {
      return Decision.DENIED;
    }
    if (!Arrays.equals(t.base, t.working)) {
      Table mine = tables.update(event, sid, Table::copy);
      Object[] from = toBase ? mine.working : mine.base;
      System.arraycopy(from, 0, toBase ? mine.base : mine.working, 0, from.length);
    }
    return Decision.GRANTED;
  }

  private Object get(Object argument, EventState event, boolean base) throws EvalException {
    int sid = Args.requireSid(argument, "sid");
    Integer key = key(argument);
    Table t = tables.get(event, sid);
    if (t == null) {
      throw new EvalException(name + ": sid " + sid + " is not bound");
    }
    if (key == null) {
      throw new EvalException(name + ": no key " + Values.field(argument, "key"));
    }
    return (base ? t.base : t.working)[key];
  }

  /** The key's index, or null for a key the config does not list. */
  private Integer key(Object argument) throws EvalException {
    Object k = Values.field(argument, "key");
    if (k instanceof String s) {
      return keyByText.get(s);
    }
    if (k instanceof List<?> l) {
      return keyByBytes.get(l);
    }
    throw new EvalException(name + ": a key is a text or a list of bytes, got " + k);
  }

  private static List<Object> bytes(String key) {
    List<Object> out = new ArrayList<>();
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      out.add((long) (b & 0xFF));
    }
    return out;
  }
}
