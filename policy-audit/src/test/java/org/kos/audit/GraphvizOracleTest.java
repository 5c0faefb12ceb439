package org.kos.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.kos.audit.report.DotReport;

/**
 * Graphviz reads our graphs: {@code dot -Tsvg} renders each one without a warning. Runs when
 * {@code dot} is on PATH (Debian: {@code apt-get install graphviz}), skipped otherwise.
 */
class GraphvizOracleTest {
  @TempDir Path tmp;

  static Path dot;

  @BeforeAll
  static void requireDot() {
    dot = Oracles.onPath("dot");
    assumeTrue(dot != null, "dot is not installed (apt-get install graphviz); skipping the Graphviz check");
  }

  @TestFactory
  Stream<DynamicTest> dotRendersEveryGraphWithoutAWarning() {
    List<String> names = new ArrayList<>(SolutionReportGoldenTest.SOLUTIONS);
    names.add("overgrant");
    return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      AuditReport report = name.equals("overgrant") ? OvergrantTest.audit() : SolutionReportGoldenTest.audit(name);
      Path in = tmp.resolve(name + ".dot");
      Path out = tmp.resolve(name + ".svg");
      Path err = tmp.resolve(name + ".err");
      Files.writeString(in, DotReport.render(report), StandardCharsets.UTF_8);
      Process p = new ProcessBuilder(dot.toString(), "-Tsvg", "-o", out.toString(), in.toString())
          .redirectErrorStream(false).redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "dot did not finish in 60 s");
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      assertEquals(0, p.exitValue(), stderr);
      assertEquals("", stderr, "dot warned");
      String svg = Files.readString(out, StandardCharsets.UTF_8);
      assertTrue(svg.contains("<svg") && svg.contains("</svg>"), svg);
      for (AuditReport.ClassEntry c : report.classes()) {
        assertTrue(svg.contains("<title>" + c.name() + "</title>"), () -> c.name() + " is not a node of the SVG");
      }
    }));
  }
}
