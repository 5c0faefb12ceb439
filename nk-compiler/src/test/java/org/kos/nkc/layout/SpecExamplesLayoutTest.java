package org.kos.nkc.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;

/** The layout of testdata/nk, the examples the spec quotes from real projects. */
class SpecExamplesLayoutTest {
  private static final Path ROOT = Path.of("..", "testdata", "nk");
  private static Layout layout;

  @BeforeAll
  static void layOut() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(ROOT)) {
      files = s.filter(p -> p.toString().matches(".*\\.(idl|cdl|edl)")).sorted().toList();
    }
    CompileResult r = NkCompiler.compile(CompileRequest.of(files, List.of(ROOT)));
    assertFalse(r.hasErrors(), () -> r.diagnostics().toString());
    layout = Layout.of(r.model().orElseThrow());
  }

  private static List<String> names(String cls) {
    return layout.taskClass(cls).endpoints().stream()
        .map(e -> e.riid() + ":" + e.name() + "|" + e.qualifiedName()).toList();
  }

  @Test
  void echoServerPublishesItsComponentsPingAsRiidZeroUnderBothNames() {
    assertEquals(List.of("0:cserver.ping|echo.CPing.ping"), names("echo.Server"));
  }

  @Test
  void exampleServerNumbersRepeatedComponentsInDeclarationOrder() {
    assertEquals(List.of("0:lion.voice|example.Cat.voice", "1:domestic.voice|example.Cat.voice",
        "2:catdog.cat|example.CatDog.cat", "3:catdog.dog|example.CatDog.dog"), names("example.Server"));
  }

  @Test
  void entityLevelEndpointsAreNamedByTheirOwnNameIncludingTheKeywordInterface() {
    assertEquals(List.of("0:waitForInit|drone_controller.ServerConnector.waitForInit",
        "1:interface|drone_controller.ServerConnector.interface"), names("drone_controller.ServerConnector"));
  }
}
