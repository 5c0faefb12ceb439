package org.kos.ksm.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kos.ksm.models.Fixtures.call;
import static org.kos.ksm.models.Fixtures.committed;
import static org.kos.ksm.models.Fixtures.dropped;
import static org.kos.ksm.models.Fixtures.list;
import static org.kos.ksm.models.Fixtures.rec;
import static org.kos.ksm.models.Fixtures.sid;
import static org.kos.ksm.models.Fixtures.type;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kos.ksm.model.Decision;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.EventState;
import org.kos.ksm.model.ModelObject;

class StaticMapTest {
  private final ModelObject map = Models.create("StaticMap", "m", Map.of("Value", type("{\"type\": \"UInt16\"}")),
      rec("keys", rec("k1", 0, "k2", 1), "pool_size", 2));

  private static Map<String, Object> set(long sid, Object key, long value) {
    return rec("sid", sid, "key", key, "value", value);
  }

  private static Map<String, Object> key(long sid, Object key) {
    return rec("sid", sid, "key", key);
  }

  private Object get(long sid, Object key) throws EvalException {
    return dropped(map, "get", key(sid, key));
  }

  private Object uncommitted(long sid, Object key) throws EvalException {
    return dropped(map, "get_uncommitted", key(sid, key));
  }

  @Test
  void initBindsATable() throws EvalException {
    assertEquals(Decision.GRANTED, dropped(map, "init", sid(1)));
  }

  @Test
  void initSetsKeysToTheirDefaults() throws EvalException {
    committed(map, "init", sid(1));
    assertEquals(1L, get(1, "k2"));
  }

  @Test
  void initOfABoundSidIsDenied() throws EvalException {
    committed(map, "init", sid(1));
    assertEquals(Decision.DENIED, dropped(map, "init", sid(1)));
  }

  @Test
  void initWithoutAFreeTableIsDenied() throws EvalException {
    committed(map, "init", sid(1));
    committed(map, "init", sid(2));
    assertEquals(Decision.DENIED, dropped(map, "init", sid(3)));
  }

  @Test
  void initOfASidOutOfRangeIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(map, "init", sid(Models.MAX_SIDS)));
  }

  @Test
  void finiOfABoundSidIsGranted() throws EvalException {
    committed(map, "init", sid(1));
    assertEquals(Decision.GRANTED, dropped(map, "fini", sid(1)));
  }

  @Test
  void finiFreesTheTable() throws EvalException {
    committed(map, "init", sid(1));
    committed(map, "init", sid(2));
    committed(map, "fini", sid(2));
    assertEquals(Decision.GRANTED, dropped(map, "init", sid(3)));
  }

  @Test
  void finiOfAnUnboundSidIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(map, "fini", sid(1)));
  }

  @Test
  void finiOfASidOutOfRangeIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(map, "fini", sid(-1)));
  }

  @Test
  void setIsGranted() throws EvalException {
    committed(map, "init", sid(1));
    assertEquals(Decision.GRANTED, dropped(map, "set", set(1, "k1", 7)));
  }

  @Test
  void setWritesTheWorkingCopy() throws EvalException {
    committed(map, "init", sid(1));
    committed(map, "set", set(1, "k1", 7));
    assertEquals(7L, uncommitted(1, "k1"));
  }

  @Test
  void setLeavesTheBaseCopy() throws EvalException {
    committed(map, "init", sid(1));
    committed(map, "set", set(1, "k1", 7));
    assertEquals(0L, get(1, "k1"));
  }

  @Test
  void setOfAnUnknownKeyIsDenied() throws EvalException {
    committed(map, "init", sid(1));
    assertEquals(Decision.DENIED, dropped(map, "set", set(1, "k3", 7)));
  }

  @Test
  void setOnAnUnboundSidIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(map, "set", set(1, "k1", 7)));
  }

  @Test
  void setOnASidOutOfRangeIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(map, "set", set(Models.MAX_SIDS, "k1", 7)));
  }

  @Test
  void setOfAValueOutsideTheValueTypeIsAnError() throws EvalException {
    committed(map, "init", sid(1));
    assertThrows(EvalException.class, () -> dropped(map, "set", set(1, "k1", 65536)));
  }

  @Test
  void commitCopiesTheWorkingCopyToTheBase() throws EvalException {
    committed(map, "init", sid(1));
    committed(map, "set", set(1, "k1", 7));
    committed(map, "commit", sid(1));
    assertEquals(7L, get(1, "k1"));
  }

  @Test
  void commitIsGranted() throws EvalException {
    committed(map, "init", sid(1));
    assertEquals(Decision.GRANTED, dropped(map, "commit", sid(1)));
  }

  @Test
  void commitOnAnUnboundSidIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(map, "commit", sid(1)));
  }

  @Test
  void commitOnASidOutOfRangeIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(map, "commit", sid(-2)));
  }

  @Test
  void rollbackCopiesTheBaseToTheWorkingCopy() throws EvalException {
    committed(map, "init", sid(1));
    committed(map, "set", set(1, "k1", 7));
    committed(map, "rollback", sid(1));
    assertEquals(0L, uncommitted(1, "k1"));
  }

  @Test
  void rollbackIsGranted() throws EvalException {
    committed(map, "init", sid(1));
    assertEquals(Decision.GRANTED, dropped(map, "rollback", sid(1)));
  }

  @Test
  void rollbackOnAnUnboundSidIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(map, "rollback", sid(1)));
  }

  @Test
  void rollbackOnASidOutOfRangeIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(map, "rollback", sid(Models.MAX_SIDS)));
  }

  @Test
  void getOfAnUnknownKeyIsAnError() throws EvalException {
    committed(map, "init", sid(1));
    assertThrows(EvalException.class, () -> get(1, "k3"));
  }

  @Test
  void getOnAnUnboundSidIsAnError() {
    assertThrows(EvalException.class, () -> get(1, "k1"));
  }

  @Test
  void getOnASidOutOfRangeIsAnError() {
    assertThrows(EvalException.class, () -> get(-1, "k1"));
  }

  @Test
  void getUncommitedSpellingReadsTheWorkingCopy() throws EvalException {
    committed(map, "init", sid(1));
    committed(map, "set", set(1, "k2", 9));
    assertEquals(9L, dropped(map, "get_uncommited", key(1, "k2")));
  }

  @Test
  void getUncommittedOfAnUnknownKeyIsAnError() throws EvalException {
    committed(map, "init", sid(1));
    assertThrows(EvalException.class, () -> uncommitted(1, "k3"));
  }

  @Test
  void getUncommittedOnAnUnboundSidIsAnError() {
    assertThrows(EvalException.class, () -> uncommitted(1, "k1"));
  }

  @Test
  void aByteListKeyNamesTheTextKeyWithThoseBytes() throws EvalException {
    committed(map, "init", sid(1));
    assertEquals(1L, get(1, list(0x6B, 0x32)));
  }

  @Test
  void aDeniedEventsSetLeavesNoChange() throws EvalException {
    committed(map, "init", sid(1));
    dropped(map, "set", set(1, "k1", 7));
    assertEquals(0L, uncommitted(1, "k1"));
  }

  @Test
  void aDeniedEventsCommitLeavesTheBase() throws EvalException {
    committed(map, "init", sid(1));
    committed(map, "set", set(1, "k1", 7));
    dropped(map, "commit", sid(1));
    assertEquals(0L, get(1, "k1"));
  }

  @Test
  void aDeniedEventsInitLeavesTheTableFree() throws EvalException {
    committed(map, "init", sid(1));
    dropped(map, "init", sid(2));
    assertEquals(Decision.GRANTED, dropped(map, "init", sid(3)));
  }

  @Test
  void anEventReadsItsOwnSet() throws EvalException {
    committed(map, "init", sid(1));
    EventState event = new EventState();
    call(map, event, "set", set(1, "k1", 7));
    assertEquals(7L, call(map, event, "get_uncommitted", key(1, "k1")));
  }

  @Test
  void anEventReadsItsOwnCommit() throws EvalException {
    committed(map, "init", sid(1));
    EventState event = new EventState();
    call(map, event, "set", set(1, "k1", 7));
    call(map, event, "commit", sid(1));
    assertEquals(7L, call(map, event, "get", key(1, "k1")));
  }

  @Test
  void anUncommittedSetIsInvisibleToOtherEvents() throws EvalException {
    committed(map, "init", sid(1));
    call(map, new EventState(), "set", set(1, "k1", 7));
    assertEquals(0L, uncommitted(1, "k1"));
  }

  @Test
  void forgetFreesTheSidsTable() throws EvalException {
    committed(map, "init", sid(1));
    committed(map, "init", sid(2));
    map.forget(2);
    assertEquals(Decision.GRANTED, dropped(map, "init", sid(3)));
  }

  @Test
  void aDefaultOutsideTheValueTypeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Models.create("StaticMap", "m",
        Map.of("Value", type("{\"type\": \"UInt8\"}")), rec("keys", rec("k", 256), "pool_size", 1)));
  }
}
