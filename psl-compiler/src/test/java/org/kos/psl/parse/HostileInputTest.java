package org.kos.psl.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.Diagnostics;
import org.kos.psl.Psl;
import org.kos.psl.PslResult;

/**
 * Hostile input gives positioned diagnostics, never an exception, and ends: binary data, 1 MB of
 * '{', nesting 10,000 levels deep, use cycles, a huge file. The timeout only guards against a hang.
 */
class HostileInputTest {
  private static final Duration HANG = Duration.ofSeconds(60);

  @TempDir Path dir;

  private PslResult check(String text) {
    return assertTimeoutPreemptively(HANG, () -> Psl.checkText(dir, text));
  }

  private static void allPositioned(PslResult r) {
    assertTrue(r.hasErrors());
    for (Diagnostic d : r.diagnostics()) {
      assertTrue(d.span() != null, d.toString());
    }
  }

  @Test
  void binaryInputGivesBoundedPositionedErrors() {
    byte[] bytes = new byte[200_000];
    new Random(42).nextBytes(bytes);
    PslResult r = check(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
    allPositioned(r);
    assertTrue(r.diagnostics().size() <= Diagnostics.MAX_ERRORS_PER_FILE + 1, "" + r.diagnostics().size());
  }

  @Test
  void oneMegabyteOfOpeningBracesIsOneError() {
    PslResult r = check("{".repeat(1 << 20));
    allPositioned(r);
    assertEquals(List.of("PS0104"), r.diagnostics().stream().map(Diagnostic::id).toList());
  }

  @Test
  void tenThousandNestedParenthesesStopAtTheDepthLimit() {
    PslResult r = check("request { assert (" + "(".repeat(10_000) + "1" + ")".repeat(10_000) + ") }");
    allPositioned(r);
    assertEquals("PS0108", r.diagnostics().get(0).id());
  }

  @Test
  void tenThousandNestedMatchSectionsStopAtTheDepthLimit() {
    PslResult r = check("request { " + "match src=a.A { ".repeat(10_000) + "}".repeat(10_001));
    allPositioned(r);
    assertTrue(r.diagnostics().stream().anyMatch(d -> d.id().equals("PS0108")));
  }

  @Test
  void tenThousandNegationsStopAtTheDepthLimit() {
    PslResult r = check("request { assert (" + "!".repeat(10_000) + "true) }");
    assertEquals("PS0108", r.diagnostics().get(0).id());
  }

  @Test
  void longUseCycleIsOneErrorWithTheChain() throws IOException {
    for (int i = 0; i < 50; i++) {
      Files.writeString(dir.resolve("f" + i + ".psl"), "use f" + ((i + 1) % 50) + "._\n");
    }
    PslResult r = assertTimeoutPreemptively(HANG, () -> Psl.check(dir.resolve("f0.psl"), dir));
    List<Diagnostic> cycles = r.diagnostics().stream().filter(d -> d.id().equals("PS0202")).toList();
    assertEquals(1, cycles.size(), Psl.render(r));
    assertEquals(49, cycles.get(0).notes().size());
  }

  @Test
  void hugeValidPolicyIsCheckedInLinearTime() {
    StringBuilder b = new StringBuilder("use nk.base._\nuse EDL Einit\nuse EDL demo.Client\nuse EDL demo.Server\n"
        + "execute src=Einit { grant () }\n");
    for (int i = 0; i < 50_000; i++) {
      b.append("request src=demo.Client, dst=demo.Server, endpoint=calc.ops, method=Add { grant () }\n");
    }
    PslResult r = assertTimeoutPreemptively(HANG, () -> Psl.checkText(dir, b.toString()));
    assertEquals("", Psl.render(r));
  }
}
