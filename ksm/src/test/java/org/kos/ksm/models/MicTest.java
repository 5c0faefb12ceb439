package org.kos.ksm.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kos.ksm.models.Fixtures.call;
import static org.kos.ksm.models.Fixtures.committed;
import static org.kos.ksm.models.Fixtures.dropped;
import static org.kos.ksm.models.Fixtures.list;
import static org.kos.ksm.models.Fixtures.rec;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kos.ksm.model.Decision;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.EventState;
import org.kos.ksm.model.ModelObject;
import org.kos.ksm.model.Unit;

/** Mic with linear levels LOW < MEDIUM < HIGH; {@link MicCategoriesTest} covers categories. */
class MicTest {
  private static final Unit NONE = Unit.UNIT;

  private final ModelObject mic = Models.create("Mic", "mic", Map.of(), list("LOW", "MEDIUM", "HIGH"));

  static Map<String, Object> execute(Object image, long target, Object level, Object levelR) {
    return rec("image", image, "target", target, "level", level, "levelR", levelR);
  }

  static Map<String, Object> create(long source, long target, Object container, long driver, Object level) {
    return rec("source", source, "target", target, "container", container, "driver", driver, "level", level);
  }

  static Map<String, Object> pair(long source, long target) {
    return rec("source", source, "target", target);
  }

  /** Gives {@code sid} the subject level {@code level} (levelR the same). */
  private void subject(long sid, String level) throws EvalException {
    committed(mic, "execute", execute(NONE, sid, level, NONE));
  }

  private Object level(long sid) throws EvalException {
    return dropped(mic, "query_level", rec("source", sid));
  }

  @Test
  void executeWithALevelAndNoImageIsGranted() throws EvalException {
    assertEquals(Decision.GRANTED, dropped(mic, "execute", execute(NONE, 1, "HIGH", NONE)));
  }

  @Test
  void executeAssignsTheLevel() throws EvalException {
    subject(1, "MEDIUM");
    assertEquals("MEDIUM", level(1));
  }

  @Test
  void executeWithoutImageOrLevelIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(mic, "execute", execute(NONE, 1, NONE, NONE)));
  }

  @Test
  void executeWithoutALevelTakesTheImagesLevel() throws EvalException {
    subject(9, "MEDIUM");
    committed(mic, "execute", execute(9L, 1, NONE, NONE));
    assertEquals("MEDIUM", level(1));
  }

  @Test
  void executeAtOrBelowTheImagesLevelIsGranted() throws EvalException {
    subject(9, "MEDIUM");
    assertEquals(Decision.GRANTED, dropped(mic, "execute", execute(9L, 1, "LOW", NONE)));
  }

  @Test
  void executeAboveTheImagesLevelIsDenied() throws EvalException {
    subject(9, "MEDIUM");
    assertEquals(Decision.DENIED, dropped(mic, "execute", execute(9L, 1, "HIGH", NONE)));
  }

  @Test
  void executeWithAnUnleveledImageIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(mic, "execute", execute(9L, 1, "LOW", NONE)));
  }

  @Test
  void executeWithLevelRAboveTheLevelIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(mic, "execute", execute(NONE, 1, "LOW", "MEDIUM")));
  }

  @Test
  void executeOfATargetWithALevelIsDenied() throws EvalException {
    subject(1, "LOW");
    assertEquals(Decision.DENIED, dropped(mic, "execute", execute(NONE, 1, "LOW", NONE)));
  }

  @Test
  void executeOfATargetOutOfRangeIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(mic, "execute", execute(NONE, Models.MAX_SIDS, "LOW", NONE)));
  }

  @Test
  void executeWithAnImageOutOfRangeIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(mic, "execute", execute(-1L, 1, "LOW", NONE)));
  }

  @Test
  void executeWithAnUnknownLevelIsAnError() {
    assertThrows(EvalException.class, () -> dropped(mic, "execute", execute(NONE, 1, "TOP", NONE)));
  }

  @Test
  void createGivesTheResourceTheLevel() throws EvalException {
    subject(1, "HIGH");
    committed(mic, "create", create(1, 5, NONE, 1, "MEDIUM"));
    assertEquals("MEDIUM", level(5));
  }

  @Test
  void createWithoutALevelTakesTheSourcesLevel() throws EvalException {
    subject(1, "MEDIUM");
    subject(2, "HIGH");
    committed(mic, "create", create(1, 5, NONE, 2, NONE));
    assertEquals("MEDIUM", level(5));
  }

  @Test
  void createAboveTheSourcesLevelIsDenied() throws EvalException {
    subject(1, "LOW");
    subject(2, "HIGH");
    assertEquals(Decision.DENIED, dropped(mic, "create", create(1, 5, NONE, 2, "MEDIUM")));
  }

  @Test
  void createAboveTheDriversLevelIsDenied() throws EvalException {
    subject(1, "HIGH");
    subject(2, "LOW");
    assertEquals(Decision.DENIED, dropped(mic, "create", create(1, 5, NONE, 2, "MEDIUM")));
  }

  @Test
  void createAboveTheContainersLevelIsDenied() throws EvalException {
    subject(1, "HIGH");
    subject(3, "LOW");
    assertEquals(Decision.DENIED, dropped(mic, "create", create(1, 5, 3L, 1, "MEDIUM")));
  }

  @Test
  void createWithinTheContainersLevelIsGranted() throws EvalException {
    subject(1, "HIGH");
    subject(3, "MEDIUM");
    assertEquals(Decision.GRANTED, dropped(mic, "create", create(1, 5, 3L, 1, "MEDIUM")));
  }

  @Test
  void createInAnUnleveledContainerIsDenied() throws EvalException {
    subject(1, "HIGH");
    assertEquals(Decision.DENIED, dropped(mic, "create", create(1, 5, 3L, 1, "LOW")));
  }

  @Test
  void createByAnUnleveledSourceIsDenied() throws EvalException {
    subject(2, "HIGH");
    assertEquals(Decision.DENIED, dropped(mic, "create", create(1, 5, NONE, 2, "LOW")));
  }

  @Test
  void createOfATargetWithALevelIsDenied() throws EvalException {
    subject(1, "HIGH");
    subject(5, "LOW");
    assertEquals(Decision.DENIED, dropped(mic, "create", create(1, 5, NONE, 1, "LOW")));
  }

  @Test
  void createOfATargetOutOfRangeIsDenied() throws EvalException {
    subject(1, "HIGH");
    assertEquals(Decision.DENIED, dropped(mic, "create", create(1, Models.MAX_SIDS, NONE, 1, "LOW")));
  }

  @Test
  void upgradeRaisesTheLevel() throws EvalException {
    subject(1, "HIGH");
    committed(mic, "create", create(1, 5, NONE, 1, "LOW"));
    committed(mic, "upgrade", create(1, 5, NONE, 1, "MEDIUM"));
    assertEquals("MEDIUM", level(5));
  }

  @Test
  void upgradeToTheSameLevelIsDenied() throws EvalException {
    subject(1, "HIGH");
    committed(mic, "create", create(1, 5, NONE, 1, "LOW"));
    assertEquals(Decision.DENIED, dropped(mic, "upgrade", create(1, 5, NONE, 1, "LOW")));
  }

  @Test
  void upgradeToALowerLevelIsDenied() throws EvalException {
    subject(1, "HIGH");
    committed(mic, "create", create(1, 5, NONE, 1, "MEDIUM"));
    assertEquals(Decision.DENIED, dropped(mic, "upgrade", create(1, 5, NONE, 1, "LOW")));
  }

  @Test
  void upgradeAboveTheSourcesLevelIsDenied() throws EvalException {
    subject(1, "MEDIUM");
    subject(2, "HIGH");
    committed(mic, "create", create(1, 5, NONE, 2, "LOW"));
    assertEquals(Decision.DENIED, dropped(mic, "upgrade", create(1, 5, NONE, 2, "HIGH")));
  }

  @Test
  void upgradeAboveTheDriversLevelIsDenied() throws EvalException {
    subject(1, "HIGH");
    subject(2, "LOW");
    committed(mic, "execute", execute(NONE, 5, "LOW", NONE));
    assertEquals(Decision.DENIED, dropped(mic, "upgrade", create(1, 5, NONE, 2, "MEDIUM")));
  }

  @Test
  void upgradeAboveTheContainersLevelIsDenied() throws EvalException {
    subject(1, "HIGH");
    subject(3, "LOW");
    committed(mic, "execute", execute(NONE, 5, "LOW", NONE));
    assertEquals(Decision.DENIED, dropped(mic, "upgrade", create(1, 5, 3L, 1, "MEDIUM")));
  }

  @Test
  void upgradeOfAnUnleveledTargetIsDenied() throws EvalException {
    subject(1, "HIGH");
    assertEquals(Decision.DENIED, dropped(mic, "upgrade", create(1, 5, NONE, 1, "MEDIUM")));
  }

  @Test
  void upgradeOfATargetOutOfRangeIsDenied() throws EvalException {
    subject(1, "HIGH");
    assertEquals(Decision.DENIED, dropped(mic, "upgrade", create(1, -1, NONE, 1, "MEDIUM")));
  }

  @Test
  void callOfAHigherTargetIsGranted() throws EvalException {
    subject(1, "LOW");
    subject(2, "HIGH");
    assertEquals(Decision.GRANTED, dropped(mic, "call", pair(1, 2)));
  }

  @Test
  void callOfAnEqualTargetIsGranted() throws EvalException {
    subject(1, "MEDIUM");
    subject(2, "MEDIUM");
    assertEquals(Decision.GRANTED, dropped(mic, "call", pair(1, 2)));
  }

  @Test
  void callOfALowerTargetIsDenied() throws EvalException {
    subject(1, "HIGH");
    subject(2, "LOW");
    assertEquals(Decision.DENIED, dropped(mic, "call", pair(1, 2)));
  }

  @Test
  void callOfATargetAtTheSourcesLevelRIsGranted() throws EvalException {
    committed(mic, "execute", execute(NONE, 1, "HIGH", "LOW"));
    subject(2, "LOW");
    assertEquals(Decision.GRANTED, dropped(mic, "call", pair(1, 2)));
  }

  @Test
  void callOfATargetBelowTheSourcesLevelRIsDenied() throws EvalException {
    committed(mic, "execute", execute(NONE, 1, "HIGH", "MEDIUM"));
    subject(2, "LOW");
    assertEquals(Decision.DENIED, dropped(mic, "call", pair(1, 2)));
  }

  @Test
  void callOfAnUnleveledTargetIsDenied() throws EvalException {
    subject(1, "LOW");
    assertEquals(Decision.DENIED, dropped(mic, "call", pair(1, 2)));
  }

  @Test
  void callOfATargetOutOfRangeIsDenied() throws EvalException {
    subject(1, "LOW");
    assertEquals(Decision.DENIED, dropped(mic, "call", pair(1, Models.MAX_SIDS)));
  }

  @Test
  void readOfAHigherTargetIsGranted() throws EvalException {
    subject(1, "LOW");
    subject(2, "MEDIUM");
    assertEquals(Decision.GRANTED, dropped(mic, "read", pair(1, 2)));
  }

  @Test
  void readOfALowerTargetIsDenied() throws EvalException {
    subject(1, "MEDIUM");
    subject(2, "LOW");
    assertEquals(Decision.DENIED, dropped(mic, "read", pair(1, 2)));
  }

  @Test
  void invokeOfALowerTargetIsGranted() throws EvalException {
    subject(1, "HIGH");
    subject(2, "LOW");
    assertEquals(Decision.GRANTED, dropped(mic, "invoke", pair(1, 2)));
  }

  @Test
  void invokeOfAHigherTargetIsDenied() throws EvalException {
    subject(1, "LOW");
    subject(2, "HIGH");
    assertEquals(Decision.DENIED, dropped(mic, "invoke", pair(1, 2)));
  }

  @Test
  void invokeByAnUnleveledSourceIsDenied() throws EvalException {
    subject(2, "LOW");
    assertEquals(Decision.DENIED, dropped(mic, "invoke", pair(1, 2)));
  }

  @Test
  void invokeByASourceOutOfRangeIsDenied() throws EvalException {
    subject(2, "LOW");
    assertEquals(Decision.DENIED, dropped(mic, "invoke", pair(-1, 2)));
  }

  @Test
  void writeOfAnEqualTargetIsGranted() throws EvalException {
    subject(1, "MEDIUM");
    subject(2, "MEDIUM");
    assertEquals(Decision.GRANTED, dropped(mic, "write", pair(1, 2)));
  }

  @Test
  void writeOfAHigherTargetIsDenied() throws EvalException {
    subject(1, "MEDIUM");
    subject(2, "HIGH");
    assertEquals(Decision.DENIED, dropped(mic, "write", pair(1, 2)));
  }

  @Test
  void queryLevelOfAnUnleveledSidIsAnError() {
    assertThrows(EvalException.class, () -> level(1));
  }

  @Test
  void queryLevelOfASidOutOfRangeIsAnError() {
    assertThrows(EvalException.class, () -> level(Models.MAX_SIDS));
  }

  @Test
  void aDeniedEventsExecuteLeavesNoLevel() throws EvalException {
    dropped(mic, "execute", execute(NONE, 1, "LOW", NONE));
    assertThrows(EvalException.class, () -> level(1));
  }

  @Test
  void aDeniedEventsUpgradeLeavesTheLevel() throws EvalException {
    subject(1, "HIGH");
    committed(mic, "create", create(1, 5, NONE, 1, "LOW"));
    dropped(mic, "upgrade", create(1, 5, NONE, 1, "MEDIUM"));
    assertEquals("LOW", level(5));
  }

  @Test
  void anEventReadsItsOwnExecute() throws EvalException {
    subject(2, "LOW");
    EventState event = new EventState();
    call(mic, event, "execute", execute(NONE, 1, "HIGH", NONE));
    assertEquals(Decision.GRANTED, call(mic, event, "invoke", pair(1, 2)));
  }

  @Test
  void forgetDropsTheLevel() throws EvalException {
    subject(1, "LOW");
    mic.forget(1);
    assertThrows(EvalException.class, () -> level(1));
  }
}
