package org.kos.nkc.javagen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Generated sources compile with {@code -Xlint:all -Werror}, for every example in testdata/nk. */
class GeneratedSourcesCompileTest {
  @ParameterizedTest
  @ValueSource(strings = {"echo", "types", "example", "calc", "res", "test", "drone_controller"})
  void generatedSourcesCompileWithoutWarnings(String example) {
    assertEquals(List.of(), InMemoryJavac.compile(Examples.generate(example)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"echo", "types"})
  void sourcesWithAJavaPackagePrefixCompileWithoutWarnings(String example) {
    assertEquals(List.of(),
        InMemoryJavac.compile(Examples.generate(Examples.files(example), new JavaOptions("com.acme.stubs"))));
  }
}
