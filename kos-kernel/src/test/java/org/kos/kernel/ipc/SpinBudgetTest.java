package org.kos.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpinBudgetTest {
  @Test
  void aMissedResponseThatCameSoonWidensTheSpinToCoverIt() {
    SpinBudget spin = new SpinBudget(500, 20_000);
    spin.missed(4_000);
    assertEquals(6_000, spin.budgetNanos());
  }

  @Test
  void aWaitLongerThanAnySpinHalvesTheBudget() {
    SpinBudget spin = new SpinBudget(500, 20_000);
    spin.missed(10_000);
    spin.missed(1_000_000);
    assertEquals(7_500, spin.budgetNanos());
  }

  @Test
  void theBudgetStaysWithinItsBounds() {
    SpinBudget spin = new SpinBudget(500, 20_000);
    spin.missed(20_000 - 1);
    assertEquals(20_000, spin.budgetNanos());
    for (int i = 0; i < 64; i++) {
      spin.missed(Long.MAX_VALUE / 4);
    }
    assertEquals(500, spin.budgetNanos());
  }
}
