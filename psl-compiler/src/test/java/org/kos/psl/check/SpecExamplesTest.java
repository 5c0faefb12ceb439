package org.kos.psl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kos.psl.Psl;
import org.kos.psl.PslResult;

/** The reference's example policies (spec §13, testdata/psl/spec) and the example solutions' policies check clean. */
class SpecExamplesTest {
  @TestFactory
  Stream<DynamicTest> everySpecExampleButAllowAllChecksWithoutAnyDiagnostic() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Psl.SPEC)) {
      files = s.filter(p -> p.toString().endsWith(".psl") && !p.getFileName().toString().startsWith("13.1-"))
          .sorted().toList();
    }
    assertEquals(8, files.size());
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      PslResult r = Psl.check(f, Psl.SPEC.resolve("nk"));
      assertEquals("", Psl.render(r));
      assertEquals(1, r.policies().size());
    }));
  }

  @Test
  void allowAllIsWarnedAboutForExecuteRequestAndSecurityOnly() throws IOException {
    PslResult r = Psl.check(Psl.SPEC.resolve("13.1-allow-all.psl"), Psl.SPEC.resolve("nk"));
    assertEquals(List.of("PS0309@8:1", "PS0309@9:1", "PS0309@12:1"), Psl.ids(r), Psl.render(r));
  }

  @TestFactory
  Stream<DynamicTest> everyExampleSolutionsLeastPrivilegePolicyChecksClean() {
    return Stream.of("echo", "guard", "ocap", "traffic-light", "tutorial").map(name -> DynamicTest.dynamicTest(name, () -> {
      Path solution = Psl.TESTDATA.resolve("solutions").resolve(name);
      PslResult r = Psl.check(solution.resolve("security.psl"), solution.resolve("nk"));
      assertEquals("", Psl.render(r));
    }));
  }
}
