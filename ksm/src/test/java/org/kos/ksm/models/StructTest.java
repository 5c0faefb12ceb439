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

class StructTest {
  private final ModelObject struct = Models.create("Struct", "struct", Map.of(), null);

  @Test
  void sizeOfAListCountsElements() throws EvalException {
    assertEquals(3L, dropped(struct, "size", list(1, 2, 3)));
  }

  @Test
  void sizeOfAMapCountsEntries() throws EvalException {
    assertEquals(2L, dropped(struct, "size", rec("a", 1, "b", 2)));
  }

  @Test
  void sizeOfATextCountsCharacters() throws EvalException {
    assertEquals(3L, dropped(struct, "size", "h\u00e9\uD83D\uDE00"));
  }

  @Test
  void sizeOfAnIntegerIsAnError() {
    assertThrows(EvalException.class, () -> dropped(struct, "size", 1L));
  }
}
