package org.kos.nkc.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Size arithmetic saturates instead of wrapping: bounds up to 2^32-1 nest beyond 64 bits. */
class SizesTest {
  @Test
  void productBeyondSixtyFourBitsSaturates() {
    assertEquals(Sizes.SATURATED, Sizes.times(Sizes.times(0xFFFF_FFFFL, 0xFFFF_FFFFL), 8));
  }

  @Test
  void productThatFitsIsExact() {
    assertEquals(0xFFFF_FFFFL * 8, Sizes.times(0xFFFF_FFFFL, 8));
  }

  @Test
  void sumBeyondSixtyFourBitsSaturates() {
    assertEquals(Sizes.SATURATED, Sizes.add(Sizes.SATURATED, 24));
  }

  @Test
  void aligningASaturatedOffsetStaysSaturated() {
    assertEquals(Sizes.SATURATED, Sizes.alignUp(Sizes.SATURATED - 3, 8));
  }

  @Test
  void alignUpRoundsToTheNextMultiple() {
    assertEquals(32, Sizes.alignUp(25, 8));
  }
}
