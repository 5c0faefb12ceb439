package org.kos.ksm.models;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.kos.ksm.model.Decision;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.EventState;
import org.kos.ksm.model.Values;

/**
 * HashSet (spec §8.7): per SID one table of unique {@code Entry} values, at most {@code set_size}
 * of them, from a pool of {@code pool_size} tables. Entries are compared by value ({@code equals}:
 * records and tuples compare field by field). An entry outside the {@code Entry} type is an
 * evaluation error, not a denial (§16 item 17).
 */
final class HashSetModel extends NamedObject {
  private final ValueType entryType;
  private final int setSize;
  private final int poolSize;
  private final SidContexts<Set<Object>> tables = new SidContexts<>();

  private HashSetModel(String name, ValueType entryType, int setSize, int poolSize) {
    super(name);
    this.entryType = entryType;
    this.setSize = setSize;
    this.poolSize = poolSize;
  }

  static HashSetModel create(String name, ValueType entryType, Object config) {
    Map<String, Object> c = Config.record(config, name);
    return new HashSetModel(name, entryType, Config.count(c, "set_size", name), Config.count(c, "pool_size", name));
  }


  @Override
  public Method method(String method) {
    switch (method) {
      case "init": return (argument, event) -> tables.init(argument, event, poolSize, () -> new HashSet<>());
      case "fini": return tables::fini;
      case "add": return this::add;
      case "remove": return this::remove;
      case "contains": return this::contains;
      default: return unknown("HashSet", method);
    }
  }

  @Override
  public boolean readsOnly(String method) {
    return method.equals("contains");
  }

  @Override
  public void forget(long sid) {
    tables.forget(sid);
  }

  private Decision add(Object argument, EventState event) throws EvalException {
    int sid = Args.sid(argument, "sid");
    Object entry = entry(argument);
    Set<Object> table = sid == Args.OUT_OF_RANGE ? null : tables.get(event, sid);
    if (table == null) {
      return Decision.DENIED;
    }
    if (table.contains(entry)) {
      return Decision.GRANTED;
    }
    if (table.size() >= setSize) {
      return Decision.DENIED;
    }
    tables.update(event, sid, HashSet::new).add(entry);
    return Decision.GRANTED;
  }

  private Decision remove(Object argument, EventState event) throws EvalException {
    int sid = Args.sid(argument, "sid");
    Object entry = entry(argument);
    Set<Object> table = sid == Args.OUT_OF_RANGE ? null : tables.get(event, sid);
    if (table == null) {
      return Decision.DENIED;
    }
    if (table.contains(entry)) {
      tables.update(event, sid, HashSet::new).remove(entry);
    }
    return Decision.GRANTED;
  }

  private Boolean contains(Object argument, EventState event) throws EvalException {
    int sid = Args.requireSid(argument, "sid");
    Object entry = entry(argument);
    Set<Object> table = tables.get(event, sid);
    if (table == null) {
      throw new EvalException(name + ": sid " + sid + " is not bound");
    }
    return table.contains(entry);
  }

  private Object entry(Object argument) throws EvalException {
    Object entry = Values.field(argument, "entry");
    if (!entryType.holds(entry)) {
      throw new EvalException(name + ": entry " + entry + " is not a value of " + entryType);
    }
    return entry;
  }
}
