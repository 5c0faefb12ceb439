package org.kos.nkc.javagen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.layout.Layout;
import org.kos.nkc.model.Model;

/** Test helper: generates Java for an example directory of testdata/nk (search path testdata/nk). */
final class Examples {
  static final Path NK = Path.of("..", "testdata", "nk");
  static final Path GOLDEN = Path.of("..", "testdata", "nk-java");

  private Examples() {}

  static List<Path> files(String example) {
    try (Stream<Path> s = Files.walk(NK.resolve(example))) {
      return s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Model model(List<Path> files) {
    try {
      CompileResult r = NkCompiler.compile(CompileRequest.of(files, List.of(NK)));
      if (r.hasErrors()) {
        throw new AssertionError(DiagnosticPrinter.renderAll(r.diagnostics()));
      }
      return r.model().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<GeneratedFile> generate(List<Path> files, JavaOptions options) {
    Model m = model(files);
    return JavaGenerator.generate(m, Layout.of(m), options);
  }

  static List<GeneratedFile> generate(String example) {
    return generate(files(example), JavaOptions.DEFAULT);
  }

  static List<Path> reversed(List<Path> files) {
    List<Path> r = new ArrayList<>(files);
    Collections.reverse(r);
    return r;
  }
}
