package org.kos.ksm.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kos.ksm.models.Fixtures.dropped;
import static org.kos.ksm.models.Fixtures.list;
import static org.kos.ksm.models.Fixtures.rec;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.ModelObject;
import org.kos.ksm.model.Unit;

class PredTest {
  private final ModelObject pred = Models.create("Pred", "pred", Map.of(), null);

  @Test
  void emptyTextIsEmpty() throws EvalException {
    assertEquals(true, dropped(pred, "empty", ""));
  }

  @Test
  void nonEmptyTextIsNotEmpty() throws EvalException {
    assertEquals(false, dropped(pred, "empty", "a"));
  }

  @Test
  void emptyListIsEmpty() throws EvalException {
    assertEquals(true, dropped(pred, "empty", list()));
  }

  @Test
  void nonEmptyListIsNotEmpty() throws EvalException {
    assertEquals(false, dropped(pred, "empty", list(1)));
  }

  @Test
  void emptyMapIsEmpty() throws EvalException {
    assertEquals(true, dropped(pred, "empty", rec()));
  }

  @Test
  void nonEmptyMapIsNotEmpty() throws EvalException {
    assertEquals(false, dropped(pred, "empty", rec("a", 1)));
  }

  @Test
  void unitIsEmpty() throws EvalException {
    assertEquals(true, dropped(pred, "empty", Unit.UNIT));
  }

  @Test
  void emptyOfAnIntegerIsAnError() {
    assertThrows(EvalException.class, () -> dropped(pred, "empty", 3L));
  }
}
