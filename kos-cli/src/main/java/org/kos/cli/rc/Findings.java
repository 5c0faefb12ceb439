package org.kos.cli.rc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.Severity;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.diag.SourceSpan;
import org.kos.rcdb.model.Finding;
import org.kos.rcdb.model.SourceRef;

/**
 * retcode-db findings as compiler diagnostics, so they print like every other source problem
 * (file:line:col, the line, a caret). Files are named relative to the database's directory; they
 * are shown relative to the current directory. A file that cannot be read still gets its position.
 */
final class Findings {
  private final Path base;
  private final Map<String, SourceFile> files = new HashMap<>();

  /** @param base the directory entry file names are relative to */
  Findings(Path base) {
    this.base = base;
  }

  List<Diagnostic> toDiagnostics(List<Finding> findings) {
    List<Diagnostic> out = new ArrayList<>();
    for (Finding f : findings) {
      SourceSpan span = span(f.at(), f.length());
      String message = span == null && f.at().hasPosition() ? f.at() + ": " + f.message() : f.message();
      Diagnostic d = new Diagnostic(f.error() ? Severity.ERROR : Severity.WARNING, f.id(), message, span, List.of());
      for (Finding.Note n : f.notes()) {
        SourceSpan at = span(n.at(), n.length());
        String m = at == null && n.at().hasPosition() ? n.at() + ": " + n.message() : n.message();
        d = d.withNote(m, at);
      }
      out.add(d);
    }
    return out;
  }

  private SourceSpan span(SourceRef at, int length) {
    if (at == null || !at.hasPosition()) {
      return null;
    }
    SourceFile file = files.computeIfAbsent(at.file(), this::read);
    if (file == null || at.line() > file.lineCount()) {
      return null;
    }
    int start = file.offset(at.line(), at.column());
    return file.span(start, Math.min(start + Math.max(length, 1), file.text().length()));
  }

  private SourceFile read(String name) {
    Path p = base.resolve(name).normalize();
    if (!Files.isRegularFile(p)) {
      return null;
    }
    try {
      SourceFile raw = SourceFile.read(p);
      return new SourceFile(shown(p), raw.text());
    } catch (IOException e) {
      return null;
    }
  }

  private static String shown(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString();
  }
}
