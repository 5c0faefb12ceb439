package org.kos.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CallerSpinTest {
  @Test
  void aMissedResponseThatCameSoonWidensTheSpinToCoverIt() {
    CallerSpin spin = new CallerSpin();
    spin.missed(4_000);
    assertEquals(6_000, spin.budgetNanos());
  }

  @Test
  void aWaitLongerThanAnySpinHalvesTheBudget() {
    CallerSpin spin = new CallerSpin();
    spin.missed(10_000);
    spin.missed(1_000_000);
    assertEquals(7_500, spin.budgetNanos());
  }

  @Test
  void theBudgetStaysWithinItsBounds() {
    CallerSpin spin = new CallerSpin();
    spin.missed(CallerSpin.MAX_NANOS - 1);
    assertEquals(CallerSpin.MAX_NANOS, spin.budgetNanos());
    for (int i = 0; i < 64; i++) {
      spin.missed(Long.MAX_VALUE / 4);
    }
    assertEquals(CallerSpin.MIN_NANOS, spin.budgetNanos());
  }
}
