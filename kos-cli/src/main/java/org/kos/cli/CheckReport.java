package org.kos.cli;

import java.io.PrintWriter;
import java.util.List;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.diag.Severity;

/**
 * How the {@code check} commands report: every diagnostic with its caret line on standard error and a
 * summary line ("3 files checked: 1 error"), or JSON on standard output; errors only when quiet.
 */
public final class CheckReport {
  private CheckReport() {}

  public static void print(List<Diagnostic> diagnostics, int files, boolean json, boolean quiet, PrintWriter out,
      PrintWriter err) {
    List<Diagnostic> shown = quiet
        ? diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList()
        : diagnostics;
    if (json) {
      out.print(DiagnosticPrinter.toJson(shown));
    } else {
      for (Diagnostic d : shown) {
        err.print(DiagnosticPrinter.render(d));
      }
      if (!quiet) {
        String summary = DiagnosticPrinter.summary(shown);
        err.println(files + (files == 1 ? " file" : " files") + " checked"
            + (summary.isEmpty() ? ", no problems" : ": " + summary));
      }
    }
    out.flush();
    err.flush();
  }
}
