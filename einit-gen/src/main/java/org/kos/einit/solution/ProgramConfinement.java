package org.kos.einit.solution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kos.confinement.ProgramClasses;
import org.kos.confinement.ProgramVerifier;
import org.kos.confinement.Violation;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.diag.SourceSpan;

/**
 * The build's confinement check (docs/confinement.md): each program's own classes against what
 * programs may use, reported at the line of the program's source that makes the reference. The
 * kernel checks again when it loads the program; this check is the one with positions.
 */
final class ProgramConfinement {
  private final ProgramVerifier verifier = new ProgramVerifier();

  /**
   * The refusals in {@code own} (binary name → class file; the program's compiled sources), with
   * {@code all} the classes its jar will hold (its own and the stubs, which it may call).
   */
  List<Diagnostic> check(SolutionSpec.Program p, Map<String, byte[]> own, Map<String, byte[]> all) throws IOException {
    ProgramClasses jar = ProgramClasses.of(entries(all));
    List<Diagnostic> found = new ArrayList<>();
    Map<String, SourceFile> sources = new HashMap<>();
    for (byte[] classFile : own.values()) {
      for (Violation v : verifier.verifyClass(jar, classFile)) {
        found.add(diagnostic(p, v, sources));
      }
    }
    return found;
  }

  /** The refusals of a prebuilt jar, one line each as the kernel would give them. */
  List<String> checkJar(Map<String, byte[]> jarEntries) {
    return verifier.verify(jarEntries).stream().map(Violation::format).toList();
  }

  private static Map<String, byte[]> entries(Map<String, byte[]> byBinaryName) {
    Map<String, byte[]> out = new HashMap<>();
    byBinaryName.forEach((name, bytes) -> out.put(name.replace('.', '/') + ".class", bytes));
    return out;
  }

  private static Diagnostic diagnostic(SolutionSpec.Program p, Violation v, Map<String, SourceFile> sources)
      throws IOException {
    String rel = v.sourcePath();
    Path file = rel == null ? null : p.src().resolve(rel);
    if (file == null || !Files.isRegularFile(file) || v.line() <= 0) {
      // No source line to point at (a class's own declaration): the program's source root stands in.
      SourceFile where = new SourceFile(rel == null ? p.src() + "/" + v.className() : file.toString(), "");
      return Diagnostic.error(v.rule().id(), new SourceSpan(where, 0, 0), v.message());
    }
    SourceFile src = sources.computeIfAbsent(file.toString(), k -> read(file));
    int line = Math.min(v.line(), src.lineCount());
    int start = src.offset(line, 1);
    String text = src.text();
    int end = start;
    while (end < text.length() && text.charAt(end) != '\n') {
      end++;
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return Diagnostic.error(v.rule().id(), new SourceSpan(src, start, end), v.message());
  }

  private static SourceFile read(Path file) {
    try {
      return SourceFile.read(file);
    } catch (IOException e) {
      return new SourceFile(file.toString(), "");
    }
  }
}
