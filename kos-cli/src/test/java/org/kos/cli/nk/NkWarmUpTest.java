package org.kos.cli.nk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kos.nkc.CompileResult;

class NkWarmUpTest {
  @Test
  void warmUpSolutionCompilesWithoutDiagnosticsSoEveryStageIsExercised() throws IOException {
    CompileResult r = NkWarmUp.compileWarmUpSolution();
    assertEquals(List.of(), r.diagnostics());
    assertTrue(r.model().isPresent());
  }

  @Test
  void onlyCompilingNkSubcommandsWarmUp() {
    assertTrue(NkWarmUp.compiles(new String[] {"nk", "check", "x.idl"}));
    assertTrue(NkWarmUp.compiles(new String[] {"nk", "ir", "x.idl"}));
    assertFalse(NkWarmUp.compiles(new String[] {"nk", "--help"}));
    assertFalse(NkWarmUp.compiles(new String[] {"rc", "decode", "0x90000015"}));
    assertFalse(NkWarmUp.compiles(new String[] {"nk"}));
  }
}
