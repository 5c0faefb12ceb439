package org.kos.nk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HandleDescTest {
  @Test
  void noArgumentFormHoldsTheInvalidHandle() {
    HandleDesc d = HandleDesc.of();
    assertEquals(HandleDesc.INVALID_HANDLE, d.getHandle());
    assertFalse(d.isValid());
  }

  @Test
  void oneArgumentFormTransfersTheSendersRights() {
    HandleDesc d = HandleDesc.of(7);
    assertEquals(7, d.getHandle());
    assertEquals(HandleDesc.SAME_RIGHTS, d.getRights());
    assertEquals(HandleDesc.NO_BADGE, d.getBadge());
  }

  @Test
  void threeArgumentFormKeepsHandleRightsAndBadge() {
    HandleDesc d = HandleDesc.of(7, 0x5, 9);
    assertEquals(7, d.getHandle());
    assertEquals(0x5, d.getRights());
    assertEquals(9, d.getBadge());
  }

  @Test
  void badgeForGivesTheBadgeWhenRightsHoldTheOperation() throws NkException {
    assertEquals(9, new HandleDesc(7, 0b0111, 9, HandleDesc.FLAG_DEREFERENCED).badgeFor(0b0101));
  }

  @Test
  void badgeForRefusesWithEpermWhenAnOperationFlagIsMissing() {
    NkException e =
        assertThrows(NkException.class, () -> new HandleDesc(7, 0b0011, 9, 0).badgeFor(0b0100));
    assertEquals(NkErrors.NK_EPERM, e.error());
  }

  @Test
  void dereferencedFlagIsReadFromFlags() {
    assertTrue(new HandleDesc(1, 0, 0, HandleDesc.FLAG_DEREFERENCED).isDereferenced());
    assertFalse(HandleDesc.of(1).isDereferenced());
  }
}
