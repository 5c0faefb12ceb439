package org.kos.ksm.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kos.ksm.models.Fixtures.list;
import static org.kos.ksm.models.Fixtures.rec;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelsTest {
  @Test
  void anUnknownModelIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Models.create("Rbac", "r", Map.of(), null));
  }

  @Test
  void theObjectKeepsItsName() {
    assertEquals("phase", Models.create("Flow", "phase", null,
        rec("states", list("a"), "initial", "a", "transitions", rec())).name());
  }

  @Test
  void aHashSetWithoutPoolSizeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Models.create("HashSet", "s", Map.of(), rec("set_size", 1)));
  }

  @Test
  void aHashSetWithANegativeSetSizeIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> Models.create("HashSet", "s", Map.of(), rec("set_size", -1, "pool_size", 1)));
  }

  @Test
  void aStaticMapWhoseConfigIsNotARecordIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Models.create("StaticMap", "m", Map.of(), list(1)));
  }

  @Test
  void aMicWithoutLevelsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Models.create("Mic", "m", Map.of(), list()));
  }

  @Test
  void aMicWithARepeatedLevelIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Models.create("Mic", "m", Map.of(), list("LOW", "LOW")));
  }

  @Test
  void aFlowWithARepeatedStateIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Models.create("Flow", "f", Map.of(),
        rec("states", list("a", "a"), "initial", "a", "transitions", rec())));
  }
}
