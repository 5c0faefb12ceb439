package org.kos.romfs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Patterns mean what they mean to genromfs (fnmatch with FNM_PATHNAME | FNM_PERIOD). */
class PathPatternTest {
  @Test
  void patternWithoutSlashMatchesTheBaseName() {
    assertTrue(new PathPattern("*.bin").matches("boot/k.bin"));
    assertFalse(new PathPattern("boot/k.bin").matches("boot/k.bin"));
  }

  @Test
  void patternWithLeadingSlashMatchesTheWholePath() {
    assertTrue(new PathPattern("/boot/*").matches("boot/k.bin"));
    assertFalse(new PathPattern("/boot/*").matches("k.bin"));
  }

  @Test
  void starDoesNotCrossSlashes() {
    assertFalse(new PathPattern("/sub*").matches("sub/zz"));
    assertTrue(new PathPattern("/*/zz").matches("sub/zz"));
  }

  @Test
  void leadingPeriodMustBeMatchedLiterally() {
    assertFalse(new PathPattern("*hid*").matches("sub/.hidden"));
    assertTrue(new PathPattern(".hid*").matches("sub/.hidden"));
    assertFalse(new PathPattern("/sub/?hidden").matches("sub/.hidden"));
  }

  @Test
  void bracketsRangesNegationAndEscapes() {
    assertTrue(new PathPattern("[a-c]x").matches("bx"));
    assertFalse(new PathPattern("[!a-c]x").matches("bx"));
    assertTrue(new PathPattern("a\\*").matches("a*"));
    assertFalse(new PathPattern("a\\*").matches("ab"));
  }
}
