package org.kos.cli.rc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.diag.SourceFile;
import org.kos.rcdb.store.DbFormatException;

/**
 * A malformed database printed as every other source problem: file:line:column, error[RC0007],
 * the line and a caret. Without a position (or when the file cannot be read again) the one line.
 */
final class DbErrors {
  private DbErrors() {}

  static String render(DbFormatException e, Path db) {
    if (e.line() <= 0) {
      return e.getMessage() + "\n";
    }
    try {
      SourceFile file = new SourceFile(e.file(), Files.readString(db));
      if (e.line() > file.lineCount()) {
        return e.getMessage() + "\n";
      }
      int at = file.beforeBlankTail(file.offset(e.line(), e.column()));
      int end = Math.min(at + 1, file.text().length());
      return DiagnosticPrinter.render(Diagnostic.error(DbFormatException.ID, file.span(at, Math.max(at, end)),
          e.detail()));
    } catch (IOException | RuntimeException unreadable) {
      return e.getMessage() + "\n";
    }
  }
}
