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

class HashSetModelTest {
  private final ModelObject set = Models.create("HashSet", "ports", Map.of("Entry", type("{\"type\": \"UInt16\"}")),
      rec("set_size", 2, "pool_size", 2));

  private static Map<String, Object> entry(long sid, Object entry) {
    return rec("sid", sid, "entry", entry);
  }

  private Object contains(long sid, Object entry) throws EvalException {
    return dropped(set, "contains", entry(sid, entry));
  }

  @Test
  void initBindsATable() throws EvalException {
    assertEquals(Decision.GRANTED, committed(set, "init", sid(1)));
  }

  @Test
  void initOfABoundSidIsDenied() throws EvalException {
    committed(set, "init", sid(1));
    assertEquals(Decision.DENIED, dropped(set, "init", sid(1)));
  }

  @Test
  void initWithoutAFreeTableIsDenied() throws EvalException {
    committed(set, "init", sid(1));
    committed(set, "init", sid(2));
    assertEquals(Decision.DENIED, dropped(set, "init", sid(3)));
  }

  @Test
  void initOfASidOutOfRangeIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(set, "init", sid(Models.MAX_SIDS)));
  }

  @Test
  void initOfANegativeSidIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(set, "init", sid(-1)));
  }

  @Test
  void finiOfABoundSidIsGranted() throws EvalException {
    committed(set, "init", sid(1));
    assertEquals(Decision.GRANTED, dropped(set, "fini", sid(1)));
  }

  @Test
  void finiFreesTheTable() throws EvalException {
    committed(set, "init", sid(1));
    committed(set, "init", sid(2));
    committed(set, "fini", sid(1));
    assertEquals(Decision.GRANTED, dropped(set, "init", sid(3)));
  }

  @Test
  void finiOfAnUnboundSidIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(set, "fini", sid(1)));
  }

  @Test
  void finiOfASidOutOfRangeIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(set, "fini", sid(-5)));
  }

  @Test
  void aReboundTableStartsEmpty() throws EvalException {
    committed(set, "init", sid(1));
    committed(set, "add", entry(1, 80L));
    committed(set, "fini", sid(1));
    committed(set, "init", sid(1));
    assertEquals(false, contains(1, 80L));
  }

  @Test
  void addToABoundSidIsGranted() throws EvalException {
    committed(set, "init", sid(1));
    assertEquals(Decision.GRANTED, dropped(set, "add", entry(1, 80L)));
  }

  @Test
  void aCommittedAddIsContained() throws EvalException {
    committed(set, "init", sid(1));
    committed(set, "add", entry(1, 80L));
    assertEquals(true, contains(1, 80L));
  }

  @Test
  void addToAFullTableIsDenied() throws EvalException {
    committed(set, "init", sid(1));
    committed(set, "add", entry(1, 80L));
    committed(set, "add", entry(1, 443L));
    assertEquals(Decision.DENIED, dropped(set, "add", entry(1, 8080L)));
  }

  @Test
  void addOfAPresentEntryToAFullTableIsGranted() throws EvalException {
    committed(set, "init", sid(1));
    committed(set, "add", entry(1, 80L));
    committed(set, "add", entry(1, 443L));
    assertEquals(Decision.GRANTED, dropped(set, "add", entry(1, 80L)));
  }

  @Test
  void addToAnUnboundSidIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(set, "add", entry(1, 80L)));
  }

  @Test
  void addToASidOutOfRangeIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(set, "add", entry(70000, 80L)));
  }

  @Test
  void addOfAnEntryOutsideTheEntryTypeIsAnError() throws EvalException {
    committed(set, "init", sid(1));
    assertThrows(EvalException.class, () -> dropped(set, "add", entry(1, 65536L)));
  }

  @Test
  void removeOfAPresentEntryIsGranted() throws EvalException {
    committed(set, "init", sid(1));
    committed(set, "add", entry(1, 80L));
    assertEquals(Decision.GRANTED, dropped(set, "remove", entry(1, 80L)));
  }

  @Test
  void aCommittedRemoveDropsTheEntry() throws EvalException {
    committed(set, "init", sid(1));
    committed(set, "add", entry(1, 80L));
    committed(set, "remove", entry(1, 80L));
    assertEquals(false, contains(1, 80L));
  }

  @Test
  void aDeniedEventsRemoveKeepsTheEntry() throws EvalException {
    committed(set, "init", sid(1));
    committed(set, "add", entry(1, 80L));
    dropped(set, "remove", entry(1, 80L));
    assertEquals(true, contains(1, 80L));
  }

  @Test
  void removeOfAnAbsentEntryIsGranted() throws EvalException {
    committed(set, "init", sid(1));
    assertEquals(Decision.GRANTED, dropped(set, "remove", entry(1, 80L)));
  }

  @Test
  void removeFromAnUnboundSidIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(set, "remove", entry(1, 80L)));
  }

  @Test
  void removeFromASidOutOfRangeIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(set, "remove", entry(-1, 80L)));
  }

  @Test
  void containsIsFalseForAnAbsentEntry() throws EvalException {
    committed(set, "init", sid(1));
    assertEquals(false, contains(1, 80L));
  }

  @Test
  void containsOfAnUnboundSidIsAnError() {
    assertThrows(EvalException.class, () -> contains(1, 80L));
  }

  @Test
  void containsOfASidOutOfRangeIsAnError() {
    assertThrows(EvalException.class, () -> contains(Models.MAX_SIDS, 80L));
  }

  @Test
  void tablesOfDifferentSidsAreIndependent() throws EvalException {
    committed(set, "init", sid(1));
    committed(set, "init", sid(2));
    committed(set, "add", entry(1, 80L));
    assertEquals(false, contains(2, 80L));
  }

  @Test
  void recordEntriesAreComparedByValue() throws EvalException {
    ModelObject pairs = Models.create("HashSet", "pairs",
        Map.of("Entry", type("{\"dict\": {\"a\": {\"type\": \"UInt8\"}, \"b\": {\"type\": \"Boolean\"}}}")),
        rec("set_size", 4, "pool_size", 1));
    committed(pairs, "init", sid(1));
    committed(pairs, "add", entry(1, rec("a", 1, "b", true)));
    assertEquals(true, dropped(pairs, "contains", entry(1, rec("b", true, "a", 1))));
  }

  @Test
  void tupleEntriesAreComparedByValue() throws EvalException {
    ModelObject pairs = Models.create("HashSet", "pairs",
        Map.of("Entry", type("{\"tuple\": [{\"type\": \"UInt8\"}, {\"type\": \"UInt8\"}]}")),
        rec("set_size", 4, "pool_size", 1));
    committed(pairs, "init", sid(1));
    committed(pairs, "add", entry(1, list(1, 2)));
    assertEquals(true, dropped(pairs, "contains", entry(1, list(1, 2))));
  }

  @Test
  void aDeniedEventsAddLeavesNoEntry() throws EvalException {
    committed(set, "init", sid(1));
    dropped(set, "add", entry(1, 80L));
    assertEquals(false, contains(1, 80L));
  }

  @Test
  void aDeniedEventsInitLeavesTheTableFree() throws EvalException {
    committed(set, "init", sid(1));
    dropped(set, "init", sid(2));
    assertEquals(Decision.GRANTED, dropped(set, "init", sid(3)));
  }

  @Test
  void aDeniedEventsFiniLeavesTheSidBound() throws EvalException {
    committed(set, "init", sid(1));
    dropped(set, "fini", sid(1));
    assertEquals(Decision.DENIED, dropped(set, "init", sid(1)));
  }

  @Test
  void anEventReadsItsOwnAdd() throws EvalException {
    committed(set, "init", sid(1));
    EventState event = new EventState();
    call(set, event, "add", entry(1, 80L));
    assertEquals(true, call(set, event, "contains", entry(1, 80L)));
  }

  @Test
  void anEventsInitCountsAgainstThePoolWithinTheEvent() throws EvalException {
    EventState event = new EventState();
    call(set, event, "init", sid(1));
    call(set, event, "init", sid(2));
    assertEquals(Decision.DENIED, call(set, event, "init", sid(3)));
  }

  @Test
  void anEventCanAddToATableItInitialised() throws EvalException {
    EventState event = new EventState();
    call(set, event, "init", sid(1));
    call(set, event, "add", entry(1, 80L));
    event.commit();
    assertEquals(true, contains(1, 80L));
  }

  @Test
  void anUncommittedAddIsInvisibleToOtherEvents() throws EvalException {
    committed(set, "init", sid(1));
    EventState event = new EventState();
    call(set, event, "add", entry(1, 80L));
    assertEquals(false, contains(1, 80L));
  }

  @Test
  void forgetFreesTheSidsTable() throws EvalException {
    committed(set, "init", sid(1));
    committed(set, "init", sid(2));
    set.forget(1);
    assertEquals(Decision.GRANTED, dropped(set, "init", sid(3)));
  }

  @Test
  void forgetUnbindsTheSid() throws EvalException {
    committed(set, "init", sid(1));
    set.forget(1);
    assertThrows(EvalException.class, () -> contains(1, 80L));
  }
}
