package org.kos.nkc.javagen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.layout.Layout;
import org.kos.nkc.model.Model;

/**
 * A minimal command line for builds that run the generator without the kos CLI (nk-compiler's own
 * test sources): {@code -o OUTDIR [-I DIR]... [--java-package P] FILE|DIR...}. Fails on errors
 * in the input. Users run {@code kos nk compile}.
 */
public final class JavaGeneratorMain {
  private JavaGeneratorMain() {}

  /** Throws rather than exits on bad input: it also runs inside Maven's JVM (exec:java). */
  public static void main(String[] args) throws IOException {
    Path out = null;
    String prefix = null;
    List<Path> includes = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "-o" -> out = Path.of(args[++i]);
        case "-I" -> includes.add(Path.of(args[++i]));
        case "--java-package" -> prefix = args[++i];
        default -> files.addAll(sources(Path.of(args[i])));
      }
    }
    if (out == null || files.isEmpty()) {
      throw new IllegalArgumentException("usage: -o OUTDIR [-I DIR]... [--java-package P] FILE|DIR...");
    }
    CompileResult r = NkCompiler.compile(CompileRequest.of(files, includes));
    if (r.hasErrors()) {
      System.err.print(DiagnosticPrinter.renderAll(r.diagnostics()));
      throw new IllegalArgumentException("errors in the input; nothing generated");
    }
    Model model = r.model().orElseThrow();
    List<GeneratedFile> generated;
    try {
      generated = JavaGenerator.generate(model, Layout.of(model), new JavaOptions(prefix));
    } catch (JavaNameClashException e) {
      System.err.print(DiagnosticPrinter.renderAll(e.diagnostics()));
      throw new IllegalArgumentException("NK names collide in Java; nothing generated");
    }
    GeneratedSources.write(out, generated);
  }

  private static List<Path> sources(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> s = Files.walk(p)) {
      return s.filter(f -> f.toString().matches(".*\\.(idl|cdl|edl)")).sorted().toList();
    }
  }
}
