package org.kos.cli.romfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final TerminalProgress bar = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8));

  private String shown() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void largeBuildDrawsABarOnOneLineAndEndsItAtOneHundredPercent() {
    bar.start(200L << 20, 4);
    bar.advance(50L << 20);
    bar.advance(150L << 20);
    bar.finish();
    String s = shown();
    assertTrue(s.startsWith("\r[#######                       ] 25% 50/200 MiB"), s);
    assertTrue(s.endsWith("\r[##############################] 100% 200/200 MiB\n"), s);
    assertEquals(1, s.chars().filter(c -> c == '\n').count(), s);
  }

  @Test
  void smallBuildDrawsNothing() {
    bar.start(63L << 20, 10_000);
    bar.advance(63L << 20);
    bar.finish();
    assertEquals("", shown());
  }

  @Test
  void quietOrNotATerminalGetsNoBar() {
    assertEquals(org.kos.romfs.write.ProgressListener.NONE, TerminalProgress.forStderr(true));
    if (System.console() == null) {
      assertEquals(org.kos.romfs.write.ProgressListener.NONE, TerminalProgress.forStderr(false));
    }
  }
}
