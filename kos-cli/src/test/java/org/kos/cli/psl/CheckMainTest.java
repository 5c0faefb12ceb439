package org.kos.cli.psl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.cli.CheckArgs;
import org.kos.cli.CliTest;

/** The launcher's fast entry point for {@code kos psl check} answers exactly as the picocli command does. */
class CheckMainTest {
  @TempDir Path dir;

  private record Answer(Integer exit, String out, String err) {}

  private static Answer fast(String... args) {
    CheckArgs p = CheckMain.parse(args);
    assertNotNull(p, String.join(" ", args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Integer exit = CheckMain.run(p, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Answer(exit, out.toString(), err.toString());
  }

  private static Answer picocli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = CliTest.execute(out, err, args);
    return new Answer(exit, out.toString(), err.toString());
  }

  private int compared;

  /** The fast path's answer is picocli's, or it printed nothing and left the run to picocli. */
  private void assertSameAnswer(String... args) {
    Answer f = fast(args);
    if (f.exit() == null) {
      assertEquals(new Answer(null, "", ""), f, String.join(" ", args));
      return;
    }
    compared++;
    assertEquals(picocli(args), f, String.join(" ", args));
  }

  @Test
  void everyErrorExampleIsReportedByteForByteAsByPicocli() throws IOException {
    List<Path> bad = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("../testdata/psl-errors"))) {
      s.map(d -> d.resolve("bad")).filter(Files::isDirectory).sorted().forEach(bad::add);
    }
    assertTrue(bad.size() > 30, "examples found: " + bad.size());
    compared = 0;
    for (Path b : bad) {
      assertSameAnswer("psl", "check", "-I", b.toString(), b.toString());
      assertSameAnswer("psl", "check", "--json", "-I", b.toString(), b.toString());
      try (Stream<Path> files = Files.list(b)) {
        Path first = files.filter(f -> f.toString().endsWith(".psl")).sorted().findFirst().orElse(null);
        if (first != null) {
          assertSameAnswer("psl", "check", "-q", "-I", b.toString(), first.toString());
        }
      }
    }
    assertTrue(compared > 3 * 30 - 10, "answers compared with picocli's: " + compared);
  }

  @Test
  void theSpecExamplesCheckAsByPicocliInEveryOutputMode() {
    compared = 0;
    String spec = "../testdata/psl/spec";
    assertSameAnswer("psl", "check", "-I", spec + "/nk", spec);
    assertSameAnswer("psl", "check", "-q", "-I", spec + "/nk", spec);
    assertSameAnswer("psl", "check", "--json", "--quiet", "-I", spec + "/nk", spec);
    assertSameAnswer("psl", "check", "--syntax-only", "--", spec);
    assertEquals(4, compared);
  }

  @Test
  void failuresAreLeftToPicocliWithNothingPrinted() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "hello");
    for (String[] args : List.of(
        new String[] {"psl", "check", dir.resolve("nope.psl").toString()},
        new String[] {"psl", "check", dir.resolve("notes.txt").toString()},
        new String[] {"psl", "check", dir.toString()},
        new String[] {"psl", "check", "-I", dir.resolve("nope").toString(), "../testdata/psl/spec"})) {
      assertEquals(new Answer(null, "", ""), fast(args), String.join(" ", args));
    }
  }

  @Test
  void macrosSdkHelpAndUnusualFormsAreLeftToPicocli() {
    for (String[] args : List.of(
        new String[] {"psl", "check", "--help"}, new String[] {"psl", "check", "-D", "A=1", "x.psl"},
        new String[] {"psl", "check", "--properties", "p", "x.psl"}, new String[] {"psl", "check", "--sdk", "1.1", "x.psl"},
        new String[] {"psl", "check"}, new String[] {"psl", "compile", "x.psl"}, new String[] {"nk", "check", "x.idl"})) {
      assertNull(CheckMain.parse(args), String.join(" ", args));
    }
  }
}
