package org.kos.cli.romfs;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.diag.SourceFile;
import org.kos.romfs.source.Exclusions;
import org.kos.romfs.source.ManifestException;
import org.kos.romfs.source.ManifestParser;
import org.kos.romfs.tree.ImageTree;

/**
 * A manifest for {@code kos romfs build}, its errors reported as the toolchain's diagnostics:
 * {@code file:line:col: error[RF0005]: message}, the line and a caret (or JSON), ids documented in
 * {@code docs/errors/}. romfs-builder knows only ids and positions; this is where they meet the
 * source text and nk-compiler's printer. Kept out of {@code BuildCommand} so that nk-compiler's
 * classes load only when a manifest is read.
 */
final class ManifestDiagnostics {
  private ManifestDiagnostics() {}

  /**
   * Parses the manifest at {@code manifest}.
   *
   * @return the entries, or null when the manifest had errors, which were printed (text on
   *     {@code err}, or JSON on {@code out} when {@code json})
   */
  static ImageTree.Builder parseOrReport(Path manifest, Exclusions exclusions, boolean json, PrintWriter out, PrintWriter err)
      throws IOException {
    SourceFile source = SourceFile.read(manifest);
    try {
      return new ManifestParser(exclusions).parse(source.name(), source.text(), manifest.toAbsolutePath().getParent());
    } catch (ManifestException e) {
      List<Diagnostic> diagnostics = of(e, source);
      if (json) {
        out.print(DiagnosticPrinter.toJson(diagnostics));
        out.flush();
      } else {
        err.print(DiagnosticPrinter.renderAll(diagnostics));
        err.flush();
      }
      return null;
    }
  }

  /** The problems of {@code e} as diagnostics over {@code source}, the text they were found in. */
  static List<Diagnostic> of(ManifestException e, SourceFile source) {
    List<Diagnostic> out = new ArrayList<>();
    for (ManifestException.Problem p : e.problems()) {
      int start = source.offset(p.line(), p.column());
      int end = Math.min(start + p.length(), source.text().length());
      out.add(Diagnostic.error(p.id(), source.span(start, end), p.message()));
    }
    return out;
  }
}
