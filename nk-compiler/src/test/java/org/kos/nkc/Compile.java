package org.kos.nkc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.source.MemoryRoot;

/** Test helper: compiles in-memory files (path → text), all of them inputs and on the search path. */
public final class Compile {
  private Compile() {}

  public static CompileResult files(String... pathsAndTexts) {
    Map<String, String> files = new TreeMap<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
    }
    return inputs(files, files);
  }

  /** Compiles {@code inputs}; {@code onPath} are the files the search path holds. */
  public static CompileResult inputs(Map<String, String> inputs, Map<String, String> onPath) {
    List<CompileRequest.Input> in = new ArrayList<>();
    inputs.forEach((p, t) -> in.add(CompileRequest.Input.of(new SourceFile(p, t))));
    try {
      return NkCompiler.compile(new CompileRequest(in, List.of(new MemoryRoot("mem", onPath)), true, false));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "ID@file:line:col" for each diagnostic, in order. */
  public static List<String> where(CompileResult r) {
    return r.diagnostics().stream().map(Compile::where).toList();
  }

  public static String where(Diagnostic d) {
    return d.id() + "@" + (d.span() == null ? "-" : d.span().position());
  }
}
