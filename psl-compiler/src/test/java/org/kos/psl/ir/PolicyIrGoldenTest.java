package org.kos.psl.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kos.psl.Psl;
import org.kos.psl.PslResult;

/**
 * The PSL IR of the spec's Flow example is pinned byte for byte (testdata/psl/ir). Regenerate on
 * purpose only, from this module's directory:
 * {@code ../kos psl ir -I ../testdata/psl/spec/nk ../testdata/psl/spec/13.4-flow-lifecycle.psl -o ../testdata/psl/ir/13.4-flow-lifecycle.ir.json}.
 */
class PolicyIrGoldenTest {
  private static final Path POLICY = Psl.SPEC.resolve("13.4-flow-lifecycle.psl");
  private static final Path GOLDEN = Psl.TESTDATA.resolve("psl/ir/13.4-flow-lifecycle.ir.json");

  private static String render() throws IOException {
    PslResult r = Psl.check(POLICY, Psl.SPEC.resolve("nk"));
    assertEquals("", Psl.render(r));
    return PolicyIr.render(r.policies().get(0));
  }

  @Test
  void irOfTheFlowExampleIsTheGoldenFile() throws IOException {
    assertEquals(Files.readString(GOLDEN), render());
  }

  @Test
  void twoRunsGiveTheSameBytes() throws IOException {
    assertEquals(render(), render());
  }
}
