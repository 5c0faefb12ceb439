package org.kos.cli.nk;

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
import org.kos.cli.CliTest;

/** The launcher's fast entry point for {@code kos nk check} answers exactly as the picocli command does. */
class CheckMainTest {
  @TempDir Path dir;

  private record Answer(Integer exit, String out, String err) {}

  private static Answer fast(String... args) {
    org.kos.cli.CheckArgs p = CheckMain.parse(args);
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

  private static void assertSameAnswer(String... args) {
    assertEquals(picocli(args), fast(args), String.join(" ", args));
  }

  @Test
  void everyErrorExampleIsReportedByteForByteAsByPicocli() throws IOException {
    List<Path> bad = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("../testdata/nk-errors"))) {
      s.map(d -> d.resolve("bad")).filter(Files::isDirectory).sorted().forEach(bad::add);
    }
    assertTrue(bad.size() > 50, "examples found: " + bad.size());
    for (Path b : bad) {
      assertSameAnswer("nk", "check", b.toString());
      assertSameAnswer("nk", "check", "--json", "-I", b.toString(), b.toString());
    }
  }

  @Test
  void theExampleInterfacesCheckAsByPicocliInEveryOutputMode() {
    assertSameAnswer("nk", "check", "-I", "../testdata/nk", "../testdata/nk");
    assertSameAnswer("nk", "check", "-q", "-I", "../testdata/nk", "../testdata/nk");
    assertSameAnswer("nk", "check", "--json", "--quiet", "../testdata/nk");
    assertSameAnswer("nk", "check", "--syntax-only", "--", "../testdata/nk");
  }

  @Test
  void failuresAreLeftToPicocliWithNothingPrinted() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "hello");
    for (String[] args : List.of(
        new String[] {"nk", "check", dir.resolve("Nope.idl").toString()},
        new String[] {"nk", "check", dir.resolve("notes.txt").toString()},
        new String[] {"nk", "check", dir.toString()},
        new String[] {"nk", "check", "-I", dir.resolve("nope").toString(), "../testdata/nk"})) {
      assertEquals(new Answer(null, "", ""), fast(args), String.join(" ", args));
    }
  }

  @Test
  void helpUnknownOptionsAndUnusualFormsAreLeftToPicocli() {
    for (String[] args : List.of(
        new String[] {"nk", "check", "--help"}, new String[] {"nk", "check", "-h", "x.idl"},
        new String[] {"nk", "check", "--frob", "x.idl"}, new String[] {"nk", "check"},
        new String[] {"nk", "check", "-Idir", "x.idl"}, new String[] {"nk", "check", "-q", "-q", "x.idl"},
        new String[] {"nk", "check", "-I", "--json", "x.idl"}, new String[] {"nk", "check", "@args"},
        new String[] {"nk", "compile", "x.idl"})) {
      assertNull(CheckMain.parse(args), String.join(" ", args));
    }
  }
}
