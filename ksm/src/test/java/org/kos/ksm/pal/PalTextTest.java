package org.kos.ksm.pal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text report: a line per test, the failing step's details, a summary. */
class PalTextTest {
  static final StepFailure OVERFLOW = new StepFailure("sequence", 2, "\"overflow\"", "p.psl:48", "grant", "denied",
      "denied by the rule at p.psl:32:5");

  static PalReport report() {
    return new PalReport(List.of(new SetResult("calc", List.of(new TestResult("calc", "add", 8, null, 1000),
        new TestResult("calc", "big", 6, OVERFLOW, 2000)))));
  }

  @Test
  void passAndFailLinesThenTheSummary() {
    assertEquals("""
        PASS calc / add
        FAIL calc / big
             at p.psl:48, sequence step 2 "overflow": expected grant, got denied
             denied by the rule at p.psl:32:5
        2 tests: 1 passed, 1 failed
        """, PalText.render(report()));
  }

  @Test
  void aPolicyWithoutTestsSaysSo() {
    assertEquals("no tests: the policy has no 'assert' sets\n", PalText.render(new PalReport(List.of())));
  }
}
