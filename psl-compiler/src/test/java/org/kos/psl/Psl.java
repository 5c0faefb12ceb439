package org.kos.psl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;

/** Test helpers: check policy files as {@code kos psl check} does, and show the result compactly. */
public final class Psl {
  public static final Path TESTDATA = Path.of("..", "testdata");
  public static final Path SPEC = TESTDATA.resolve("psl/spec");

  private Psl() {}

  public static PslResult check(List<Path> files, List<Path> includes) throws IOException {
    return PslCompiler.check(PslRequest.of(files, includes));
  }

  public static PslResult check(Path file, Path... includes) throws IOException {
    return check(List.of(file), List.of(includes));
  }

  /** Writes {@code text} as {@code dir/name} and checks it with {@code dir} and the spec's NK files on the path. */
  public static PslResult checkText(Path dir, String name, String text, Map<String, String> macros) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return PslCompiler.check(new PslRequest(List.of(file), List.of(SPEC.resolve("nk")), macros, false));
  }

  public static PslResult checkText(Path dir, String text) throws IOException {
    return checkText(dir, "security.psl", text, Map.of());
  }

  /** "PS0206@35:55" for each diagnostic, in order. */
  public static List<String> ids(PslResult r) {
    return r.diagnostics().stream().map(d -> d.id() + (d.span() == null ? "" : "@" + d.span().line() + ":"
        + d.span().column())).toList();
  }

  public static String render(PslResult r) {
    return r.diagnostics().stream().map(DiagnosticPrinter::render).collect(Collectors.joining());
  }

  public static List<Diagnostic> errors(PslResult r) {
    return r.diagnostics().stream().filter(Diagnostic::isError).toList();
  }
}
