package org.kos.cli.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kos.nkc.sdk.SdkVersion;

/** What the fast entry point of {@code kos solution build} reads itself, and what it leaves to picocli. */
class BuildMainTest {
  @Test
  void readsTheOptionsOfAnOrdinaryBuild() {
    BuildMain.Parsed p = BuildMain.parse(new String[] {"solution", "build", "-q", "s", "-o", "x.img", "--build-dir",
        "b", "--sdk", "1.3", "-v", "--clean"});
    assertEquals(Path.of("s"), p.dir);
    assertEquals(Path.of("x.img"), p.image);
    assertEquals(Path.of("b"), p.buildDir);
    assertEquals(SdkVersion.parse("1.3").orElseThrow(), p.sdk);
    assertTrue(p.quiet && p.verbose && p.clean);
  }

  @Test
  void leavesEverythingElseToTheFullCommandLine() {
    for (String[] args : new String[][] {
        {"solution", "build", "--help"}, {"solution", "build", "s", "-ox.img"},
        {"solution", "build", "s", "t"}, {"solution", "build", "s", "--sdk", "9.9"}, {"solution", "build", "@args"},
        {"solution", "build", "s", "-o"}, {"solution", "build", "s", "-q", "-q"}, {"solution", "audit", "s"}}) {
      assertNull(BuildMain.parse(args), String.join(" ", args));
    }
  }
}
