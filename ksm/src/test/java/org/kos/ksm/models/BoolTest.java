package org.kos.ksm.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kos.ksm.models.Fixtures.dropped;
import static org.kos.ksm.models.Fixtures.list;
import static org.kos.ksm.models.Fixtures.rec;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kos.ksm.model.Decision;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.ModelObject;

class BoolTest {
  private final ModelObject bool = Models.create("Bool", "bool", Map.of(), null);

  @Test
  void allOfTruesIsTrue() throws EvalException {
    assertEquals(true, dropped(bool, "all", list(true, true)));
  }

  @Test
  void allWithAFalseIsFalse() throws EvalException {
    assertEquals(false, dropped(bool, "all", list(true, false)));
  }

  @Test
  void allOfNothingIsTrue() throws EvalException {
    assertEquals(true, dropped(bool, "all", list()));
  }

  @Test
  void anyWithATrueIsTrue() throws EvalException {
    assertEquals(true, dropped(bool, "any", list(false, true)));
  }

  @Test
  void anyOfFalsesIsFalse() throws EvalException {
    assertEquals(false, dropped(bool, "any", list(false, false)));
  }

  @Test
  void anyOfNothingIsFalse() throws EvalException {
    assertEquals(false, dropped(bool, "any", list()));
  }

  @Test
  void allWithANonBooleanIsAnError() {
    assertThrows(EvalException.class, () -> dropped(bool, "all", list(true, 1)));
  }

  @Test
  void condTrueGivesThen() throws EvalException {
    assertEquals(1L, dropped(bool, "cond", rec("if", true, "then", 1, "else", 2)));
  }

  @Test
  void condFalseGivesElse() throws EvalException {
    assertEquals(2L, dropped(bool, "cond", rec("if", false, "then", 1, "else", 2)));
  }

  @Test
  void assertTrueGrants() throws EvalException {
    assertEquals(Decision.GRANTED, dropped(bool, "assert", true));
  }

  @Test
  void assertFalseDenies() throws EvalException {
    assertEquals(Decision.DENIED, dropped(bool, "assert", false));
  }
}
