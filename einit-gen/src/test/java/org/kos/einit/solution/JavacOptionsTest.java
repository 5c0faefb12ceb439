package org.kos.einit.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.Diagnostics;

/** solution.yaml's {@code javac:} at the top level and per program (docs/reference/solution-yaml.md#javac). */
class JavacOptionsTest {
  @TempDir Path dir;
  private final Diagnostics diagnostics = new Diagnostics();

  private Optional<SolutionSpec> read(String yaml) throws IOException, SolutionException {
    Files.createDirectories(dir.resolve("programs/Hello"));
    Files.createDirectories(dir.resolve("programs/Other"));
    Files.createDirectories(dir.resolve("nk"));
    Files.writeString(dir.resolve("init.yaml"), "entities:\n- name: app.Hello\n");
    Files.writeString(dir.resolve("solution.yaml"), yaml);
    return SolutionSpec.read(dir, diagnostics);
  }

  private List<String> optionsOf(String program, String yaml) throws Exception {
    Optional<SolutionSpec> spec = read(yaml);
    assertTrue(spec.isPresent(), diagnostics.all().toString());
    return spec.get().programs().get(program).javacOptions();
  }

  @Test
  void withoutJavacAProgramHasTheDefaults() throws Exception {
    assertEquals(List.of("-Xlint:all", "-Werror"), optionsOf("Hello", "programs:\n  Hello: {main: app.Hello}\n"));
  }

  @Test
  void theSolutionsOptionsApplyToEveryProgramAndAProgramsOwnComeAfter() throws Exception {
    String yaml = "javac:\n  remove: [-Werror]\n  add: [-Xlint:-rawtypes]\nprograms:\n  Hello: {main: app.Hello}\n"
        + "  Other:\n    main: app.Other\n    javac: {remove: [-Xlint:all], add: [-Xmaxerrs, '5']}\n";
    assertEquals(List.of("-Xlint:all", "-Xlint:-rawtypes"), optionsOf("Hello", yaml));
    assertEquals(List.of("-Xlint:-rawtypes", "-Xmaxerrs", "5"), optionsOf("Other", yaml));
  }

  @Test
  void anOptionTheBuildSetsIsAnErrorAtItsItem() throws Exception {
    read("programs:\n  Hello:\n    main: app.Hello\n    javac: {add: [--release, '11']}\n");
    Diagnostic d = diagnostics.all().get(0);
    assertEquals("EI0021 4:19", d.id() + " " + d.span().line() + ":" + d.span().column());
    assertTrue(d.message().contains("'--release' is set by the build"), d.message());
  }

  @Test
  void anOptionJavacDoesNotKnowIsAnError() throws Exception {
    read("javac: {add: [-Xlint:all, -Wall]}\nprograms:\n  Hello: {main: app.Hello}\n");
    assertEquals(List.of("'-Wall' is not an option of javac " + Runtime.version().feature()),
        diagnostics.all().stream().map(Diagnostic::message).toList());
  }

  @Test
  void anOptionWithoutItsValueIsAnError() throws Exception {
    read("javac: {add: [-Xmaxerrs]}\nprograms:\n  Hello: {main: app.Hello}\n");
    assertEquals(List.of("'-Xmaxerrs' takes 1 value: give it as the next item"),
        diagnostics.all().stream().map(Diagnostic::message).toList());
  }

  @Test
  void anUnknownKeyUnderJavacIsAnError() throws Exception {
    read("javac: {remvoe: [-Werror]}\nprograms:\n  Hello: {main: app.Hello}\n");
    assertEquals(List.of("EI0012"), diagnostics.all().stream().map(Diagnostic::id).toList());
    assertTrue(diagnostics.all().get(0).message().contains("did you mean 'remove'?"), diagnostics.all().toString());
  }

  @Test
  void javacBesideAPrebuiltJarIsAConflict() throws Exception {
    Files.createDirectories(dir);
    Files.write(dir.resolve("hello.jar"), new byte[] {0});
    read("programs:\n  Hello:\n    jar: hello.jar\n    javac: {remove: [-Werror]}\n");
    assertEquals(List.of("EI0015"), diagnostics.all().stream().map(Diagnostic::id).toList());
  }
}
