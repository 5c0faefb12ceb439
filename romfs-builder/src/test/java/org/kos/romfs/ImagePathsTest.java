package org.kos.romfs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImagePathsTest {
  /** Names mixing ASCII, Latin-1, BMP above the surrogates, supplementary characters and prefixes. */
  private static final List<String> NAMES = List.of("", "a", "ab", "abc", "B", "_", "é", "ß", "\uE000", "\uFFFD",
      "\uD83D\uDE00", "\uD83D\uDE00x", "x\uD83D\uDE00", "x\uFFFF", "x\uD800", "x", "\u00FF", "\u0100", "z\u007F");

  @Test
  void compareBytesOrdersLikeUnsignedUtf8Bytes() {
    for (String a : NAMES) {
      for (String b : NAMES) {
        int expected = Integer.signum(Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, Integer.signum(ImagePaths.compareBytes(a, b)), "'" + a + "' vs '" + b + "'");
      }
    }
  }
}
