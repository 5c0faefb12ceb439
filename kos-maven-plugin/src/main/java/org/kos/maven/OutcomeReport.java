package org.kos.maven;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.kos.maven.generate.StubBuild;
import org.kos.maven.generate.StubBuild.Outcome;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;

/**
 * Says how a run went in the build log. Each diagnostic is logged as an [ERROR] or [WARNING]
 * starting with {@code /absolute/file.idl:line:col:} (with the source line and a caret), the form
 * IDEs and CI annotators turn into links; a failure's message lists the errors again so they also
 * stand in Maven's closing summary.
 */
final class OutcomeReport {
  private final Log log;
  private final StubBuild.Request request;

  OutcomeReport(Log log, StubBuild.Request request) {
    this.log = log;
    this.request = request;
  }

  void report(Outcome outcome, long millis) throws MojoFailureException {
    // Java 17: no pattern matching in switch yet.
    if (outcome instanceof Outcome.UpToDate u) {
      log.info("kos: " + u.outputs() + " generated files up to date in " + request.outputDirectory()
          + " (nothing changed, " + millis + " ms)");
    } else if (outcome instanceof Outcome.NoSources n) {
      log.info("kos: no IDL/CDL/EDL files in " + roots()
          + (n.removed() > 0 ? "; removed " + n.removed() + " stale generated files" : ""));
    } else if (outcome instanceof Outcome.Generated g) {
      g.warnings().forEach(d -> log.warn(text(d)));
      log.info("kos: " + g.inputs() + " IDL/CDL/EDL files -> " + request.outputDirectory() + ": " + g.written()
          + " written, " + g.unchanged() + " unchanged, " + g.removed() + " removed (" + millis + " ms)");
      log.debug("kos: ran because " + g.reason());
    } else if (outcome instanceof Outcome.Failed f) {
      for (Diagnostic d : f.diagnostics()) {
        if (d.isError() || request.failOnWarning()) {
          log.error(text(d));
        } else {
          log.warn(text(d));
        }
      }
      throw new MojoFailureException(failure(f.diagnostics()));
    }
  }

  /** The rendered diagnostic (position, id, message, source line, caret) without the final newline. */
  private static String text(Diagnostic d) {
    return DiagnosticPrinter.render(d).stripTrailing();
  }

  private String failure(List<Diagnostic> diagnostics) {
    String counted = DiagnosticPrinter.summary(diagnostics);
    String lines = diagnostics.stream()
        .filter(d -> d.isError() || request.failOnWarning())
        .map(d -> (d.span() == null ? "" : d.span().position() + ": ") + d.severity().label() + "[" + d.id() + "]: "
            + d.message())
        .collect(Collectors.joining("\n"));
    return "kos: IDL/CDL/EDL compilation failed (" + counted + (request.failOnWarning() ? "; failOnWarning is set" : "")
        + "):\n" + lines;
  }

  private String roots() {
    return request.sourceRoots().stream().map(Object::toString).collect(Collectors.joining(", "));
  }
}
