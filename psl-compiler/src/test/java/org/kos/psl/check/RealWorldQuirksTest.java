package org.kos.psl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kos.psl.Psl;
import org.kos.psl.PslCompiler;
import org.kos.psl.PslRequest;
import org.kos.psl.PslResult;

/**
 * The quirks of real-world policies (spec §14, testdata/psl/real): everything is accepted; the only
 * diagnostics are the documented warnings for lenient forms and grant-everything bindings.
 */
class RealWorldQuirksTest {
  private static final Path REAL = Psl.TESTDATA.resolve("psl/real");

  private static PslResult checkAll(Map<String, String> macros) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(REAL)) {
      files = s.filter(p -> p.toString().endsWith(".psl") || p.toString().endsWith(".psl.in"))
          .filter(p -> !p.toString().contains("expanded")).sorted().toList();
    }
    return PslCompiler.check(new PslRequest(files, List.of(REAL.resolve("nk"), Psl.SPEC.resolve("nk")), macros, false));
  }

  @Test
  void realWorldFilesGiveOnlyTheDocumentedWarnings() throws IOException {
    PslResult r = checkAll(Map.of("MAIN_TASK", "Hello", "BOARD", "RPI4"));
    List<String> ids = r.diagnostics().stream().map(d -> d.id() + " " + Path.of(d.span().file().name())
        .getFileName()).toList();
    assertEquals(List.of(
        "PS0111 security.psl",   // lenient: '=' in a config record
        "PS0309 security.psl",   // lenient: execute { grant () }
        "PS0504 security.psl",   // models: type States for Flow's State
        "PS0309 security.psl",   // models: execute { grant () }
        "PS0309 security.psl",   // nonsecurity: use nonsecurity._
        "PS0309 security.psl.in" // template: execute { grant () }
    ), ids, Psl.render(r));
  }

  @Test
  void everyJinjaBranchChecksClean() throws IOException {
    for (String board : List.of("RPI4", "RADXA", "OTHER")) {
      PslResult r = PslCompiler.check(new PslRequest(List.of(REAL.resolve("jinja/security.psl")),
          List.of(REAL.resolve("nk"), Psl.SPEC.resolve("nk")), Map.of("BOARD", board), false));
      assertEquals("", Psl.render(r), board);
    }
  }

  @Test
  void templateWithAnEmptyMacroGivesErrorsInTheTemplatesLines() throws IOException {
    PslResult r = PslCompiler.check(new PslRequest(List.of(REAL.resolve("template/security.psl.in")),
        List.of(REAL.resolve("nk"), Psl.SPEC.resolve("nk")), Map.of(), false));
    // use EDL hello.@MAIN_TASK@ becomes "use EDL hello." and runs into the next line's "use EDL".
    assertEquals("PS0104", Psl.errors(r).get(0).id(), Psl.render(r));
    assertEquals(15, Psl.errors(r).get(0).span().line(), Psl.render(r));
    assertEquals("security.psl.in", Path.of(Psl.errors(r).get(0).span().file().name()).getFileName().toString());
  }
}
