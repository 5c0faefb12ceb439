package org.kos.ksm.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kos.ksm.models.Fixtures.committed;
import static org.kos.ksm.models.Fixtures.dropped;
import static org.kos.ksm.models.Fixtures.list;
import static org.kos.ksm.models.Fixtures.rec;
import static org.kos.ksm.models.MicTest.execute;
import static org.kos.ksm.models.MicTest.pair;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kos.ksm.model.Decision;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.ModelObject;
import org.kos.ksm.model.Unit;

/** Mic with degrees low < high and categories net, log: levels ordered by degree and category inclusion. */
class MicCategoriesTest {
  private static final Unit NONE = Unit.UNIT;

  private final ModelObject mic = Models.create("Mic", "mic", Map.of(),
      rec("degrees", list("low", "high"), "categories", list("net", "log")));

  private static Map<String, Object> level(Object degree, Object categories) {
    return rec("degree", degree, "categories", categories);
  }

  private void subject(long sid, Object level) throws EvalException {
    committed(mic, "execute", execute(NONE, sid, level, NONE));
  }

  private Object query(long sid) throws EvalException {
    return dropped(mic, "query_level", rec("source", sid));
  }

  @Test
  void aLevelWithMoreCategoriesAndAHigherDegreeDominates() throws EvalException {
    subject(1, level("high", list("net", "log")));
    subject(2, level("low", list("net")));
    assertEquals(Decision.GRANTED, dropped(mic, "invoke", pair(1, 2)));
  }

  @Test
  void aHigherDegreeWithoutTheCategoriesDoesNotDominate() throws EvalException {
    subject(1, level("high", list("net")));
    subject(2, level("low", list("log")));
    assertEquals(Decision.DENIED, dropped(mic, "invoke", pair(1, 2)));
  }

  @Test
  void incomparableLevelsDenyTheOtherDirectionToo() throws EvalException {
    subject(1, level("high", list("net")));
    subject(2, level("low", list("log")));
    assertEquals(Decision.DENIED, dropped(mic, "invoke", pair(2, 1)));
  }

  @Test
  void callToADominatingTargetIsGranted() throws EvalException {
    subject(1, level("low", list("net")));
    subject(2, level("high", list("net", "log")));
    assertEquals(Decision.GRANTED, dropped(mic, "call", pair(1, 2)));
  }

  @Test
  void aTextLevelHasNoCategories() throws EvalException {
    subject(1, "high");
    subject(2, level("low", list("net")));
    assertEquals(Decision.DENIED, dropped(mic, "write", pair(1, 2)));
  }

  @Test
  void aUnitDegreeIsTheLowestDegree() throws EvalException {
    subject(1, level(NONE, list("net")));
    assertEquals("low:net", query(1));
  }

  @Test
  void unitCategoriesAreNoCategories() throws EvalException {
    subject(1, level("high", NONE));
    assertEquals("high", query(1));
  }

  @Test
  void queryLevelNamesTheDegreeAndCategoriesInConfigOrder() throws EvalException {
    subject(1, level("high", list("log", "net")));
    assertEquals("high:net,log", query(1));
  }

  @Test
  void executeAboveAnIncomparableImageIsDenied() throws EvalException {
    subject(9, level("high", list("net")));
    assertEquals(Decision.DENIED, dropped(mic, "execute", execute(9L, 1, level("low", list("log")), NONE)));
  }

  @Test
  void levelRIncomparableWithTheLevelIsDenied() throws EvalException {
    assertEquals(Decision.DENIED, dropped(mic, "execute",
        execute(NONE, 1, level("high", list("net")), level("low", list("log")))));
  }

  @Test
  void anUnknownCategoryIsAnError() {
    assertThrows(EvalException.class, () -> dropped(mic, "execute",
        execute(NONE, 1, level("high", list("disk")), NONE)));
  }
}
