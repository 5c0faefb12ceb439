package org.kos.ksm.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kos.ksm.models.Fixtures.dropped;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kos.ksm.model.Decision;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.ModelObject;
import org.kos.ksm.model.Unit;

class BaseTest {
  private final ModelObject base = Models.create("Base", "base", Map.of(), null);

  @Test
  void grantGrants() throws EvalException {
    assertEquals(Decision.GRANTED, dropped(base, "grant", Unit.UNIT));
  }

  @Test
  void assertTrueGrants() throws EvalException {
    assertEquals(Decision.GRANTED, dropped(base, "assert", true));
  }

  @Test
  void assertFalseDenies() throws EvalException {
    assertEquals(Decision.DENIED, dropped(base, "assert", false));
  }

  @Test
  void denyWithoutArgumentDenies() throws EvalException {
    assertEquals(Decision.DENIED, dropped(base, "deny", Unit.UNIT));
  }

  @Test
  void denyTrueDenies() throws EvalException {
    assertEquals(Decision.DENIED, dropped(base, "deny", true));
  }

  @Test
  void denyFalseGrants() throws EvalException {
    assertEquals(Decision.GRANTED, dropped(base, "deny", false));
  }

  @Test
  void assertOnANonBooleanIsAnError() {
    assertThrows(EvalException.class, () -> dropped(base, "assert", 1L));
  }

  @Test
  void unknownMethodIsAnError() {
    assertThrows(EvalException.class, () -> dropped(base, "set_level", 1L));
  }

  @Test
  void nameIsTheObjectName() {
    assertEquals("base", base.name());
  }
}
