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

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kos.ksm.model.Decision;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.EventState;
import org.kos.ksm.model.ModelObject;

class FlowTest {
  private static final JsonNode STATE = type(
      "{\"variant\": [{\"text\": \"sleep\"}, {\"text\": \"started\"}, {\"text\": \"stopped\"}, {\"text\": \"finished\"}]}");

  private final ModelObject flow = Models.create("Flow", "service_flow", Map.of("State", STATE), rec(
      "states", list("sleep", "started", "stopped", "finished"),
      "initial", "sleep",
      "transitions", rec("sleep", list("started"), "started", list("stopped", "finished", "started"),
          "stopped", list("started", "finished"))));

  private static Map<String, Object> enter(long sid, String state) {
    return rec("sid", sid, "state", state);
  }

  private static Map<String, Object> allow(long sid, Object... states) {
    return rec("sid", sid, "states", list(states));
  }

  private Object query(long sid) throws EvalException {
    return dropped(flow, "query", sid(sid));
  }

  @Test
  void initIsGranted() throws EvalException {
    assertEquals(Decision.GRANTED, dropped(flow, "init", sid(1)));
  }

  @Test
  void initStartsInTheInitialState() throws EvalException {
    committed(flow, "init", sid(1));
    assertEquals("sleep", query(1));
  }

  @Test
  void initOfABoundSidIsDenied() throws EvalException {
    committed(flow, "init", sid(1));
    assertEquals(Decision.DENIED, dropped(flow, "init", sid(1)));
  }

  @Test
  void initOfASidOutOfRangeIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(flow, "init", sid(Models.MAX_SIDS)));
  }

  @Test
  void initHasNoPoolLimit() throws EvalException {
    for (int sid = 0; sid < 1000; sid++) {
      committed(flow, "init", sid(sid));
    }
    assertEquals(Decision.GRANTED, dropped(flow, "init", sid(Models.MAX_SIDS - 1)));
  }

  @Test
  void finiOfABoundSidIsGranted() throws EvalException {
    committed(flow, "init", sid(1));
    assertEquals(Decision.GRANTED, dropped(flow, "fini", sid(1)));
  }

  @Test
  void finiUnbindsTheSid() throws EvalException {
    committed(flow, "init", sid(1));
    committed(flow, "fini", sid(1));
    assertThrows(EvalException.class, () -> query(1));
  }

  @Test
  void finiOfAnUnboundSidIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(flow, "fini", sid(1)));
  }

  @Test
  void finiOfASidOutOfRangeIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(flow, "fini", sid(-1)));
  }

  @Test
  void enterAlongATransitionIsGranted() throws EvalException {
    committed(flow, "init", sid(1));
    assertEquals(Decision.GRANTED, dropped(flow, "enter", enter(1, "started")));
  }

  @Test
  void aCommittedEnterChangesTheState() throws EvalException {
    committed(flow, "init", sid(1));
    committed(flow, "enter", enter(1, "started"));
    assertEquals("started", query(1));
  }

  @Test
  void enterWithoutATransitionIsDenied() throws EvalException {
    committed(flow, "init", sid(1));
    assertEquals(Decision.DENIED, dropped(flow, "enter", enter(1, "finished")));
  }

  @Test
  void enterIntoTheCurrentStateWithoutASelfLoopIsDenied() throws EvalException {
    committed(flow, "init", sid(1));
    assertEquals(Decision.DENIED, dropped(flow, "enter", enter(1, "sleep")));
  }

  @Test
  void enterIntoTheCurrentStateAlongASelfLoopIsGranted() throws EvalException {
    committed(flow, "init", sid(1));
    committed(flow, "enter", enter(1, "started"));
    assertEquals(Decision.GRANTED, dropped(flow, "enter", enter(1, "started")));
  }

  @Test
  void enterFromAStateWithoutTransitionsIsDenied() throws EvalException {
    committed(flow, "init", sid(1));
    committed(flow, "enter", enter(1, "started"));
    committed(flow, "enter", enter(1, "finished"));
    assertEquals(Decision.DENIED, dropped(flow, "enter", enter(1, "started")));
  }

  @Test
  void enterOnAnUnboundSidIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(flow, "enter", enter(1, "started")));
  }

  @Test
  void enterOnASidOutOfRangeIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(flow, "enter", enter(Models.MAX_SIDS, "started")));
  }

  @Test
  void enterIntoAnUnknownStateIsAnError() throws EvalException {
    committed(flow, "init", sid(1));
    assertThrows(EvalException.class, () -> dropped(flow, "enter", enter(1, "flying")));
  }

  @Test
  void allowOfTheCurrentStateIsGranted() throws EvalException {
    committed(flow, "init", sid(1));
    assertEquals(Decision.GRANTED, dropped(flow, "allow", allow(1, "started", "sleep")));
  }

  @Test
  void allowOfOtherStatesIsDenied() throws EvalException {
    committed(flow, "init", sid(1));
    assertEquals(Decision.DENIED, dropped(flow, "allow", allow(1, "started", "stopped")));
  }

  @Test
  void allowOfNoStatesIsDenied() throws EvalException {
    committed(flow, "init", sid(1));
    assertEquals(Decision.DENIED, dropped(flow, "allow", allow(1)));
  }

  @Test
  void allowOnAnUnboundSidIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(flow, "allow", allow(1, "sleep")));
  }

  @Test
  void allowOnASidOutOfRangeIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(flow, "allow", allow(-1, "sleep")));
  }

  @Test
  void allowOfAnUnknownStateIsAnError() throws EvalException {
    committed(flow, "init", sid(1));
    assertThrows(EvalException.class, () -> dropped(flow, "allow", allow(1, "sleep", "flying")));
  }

  @Test
  void queryOnAnUnboundSidIsAnError() {
    assertThrows(EvalException.class, () -> query(1));
  }

  @Test
  void queryOnASidOutOfRangeIsAnError() {
    assertThrows(EvalException.class, () -> query(Models.MAX_SIDS));
  }

  @Test
  void aDeniedEventsEnterLeavesTheState() throws EvalException {
    committed(flow, "init", sid(1));
    dropped(flow, "enter", enter(1, "started"));
    assertEquals("sleep", query(1));
  }

  @Test
  void aDeniedEventsInitLeavesTheSidUnbound() throws EvalException {
    dropped(flow, "init", sid(1));
    assertThrows(EvalException.class, () -> query(1));
  }

  @Test
  void aDeniedEventsFiniLeavesTheMachine() throws EvalException {
    committed(flow, "init", sid(1));
    dropped(flow, "fini", sid(1));
    assertEquals("sleep", query(1));
  }

  @Test
  void anEventReadsItsOwnEnter() throws EvalException {
    committed(flow, "init", sid(1));
    EventState event = new EventState();
    call(flow, event, "enter", enter(1, "started"));
    assertEquals("started", call(flow, event, "query", sid(1)));
  }

  @Test
  void anEventsSecondEnterStartsFromItsFirst() throws EvalException {
    committed(flow, "init", sid(1));
    EventState event = new EventState();
    call(flow, event, "enter", enter(1, "started"));
    assertEquals(Decision.GRANTED, call(flow, event, "enter", enter(1, "finished")));
  }

  @Test
  void anUncommittedEnterIsInvisibleToOtherEvents() throws EvalException {
    committed(flow, "init", sid(1));
    call(flow, new EventState(), "enter", enter(1, "started"));
    assertEquals("sleep", query(1));
  }

  @Test
  void forgetDropsTheMachine() throws EvalException {
    committed(flow, "init", sid(1));
    flow.forget(1);
    assertEquals(Decision.GRANTED, dropped(flow, "init", sid(1)));
  }

  @Test
  void aStateParameterUnderAnotherNameIsAccepted() throws EvalException {
    ModelObject f = Models.create("Flow", "f", Map.of("States", STATE),
        rec("states", list("sleep", "started"), "initial", "sleep", "transitions", rec()));
    committed(f, "init", sid(1));
    assertEquals("sleep", dropped(f, "query", sid(1)));
  }

  @Test
  void aStateOutsideTheStateTypeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Models.create("Flow", "f", Map.of("State", STATE),
        rec("states", list("sleep", "flying"), "initial", "sleep", "transitions", rec())));
  }

  @Test
  void anInitialStateNotInStatesIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Models.create("Flow", "f", Map.of("State", STATE),
        rec("states", list("sleep"), "initial", "started", "transitions", rec())));
  }

  @Test
  void aTransitionToAStateNotInStatesIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Models.create("Flow", "f", Map.of("State", STATE),
        rec("states", list("sleep"), "initial", "sleep", "transitions", rec("sleep", list("started")))));
  }
}
