package org.kos.cli.einit;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kos.cli.IncludeDirs;
import org.kos.cli.MacroOptions;
import org.kos.einit.EinitRequest;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.diag.Severity;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * What every {@code kos einit} subcommand reads, as a picocli mixin: the init.yaml (or
 * init.yaml.in template), the {@code -I} search path for the classes' EDL files, and the template's
 * macro values from {@code --properties} and {@code -D} (which wins).
 */
final class EinitInputs {
  @Option(names = "-I", paramLabel = "DIR",
      description = "Add DIR to the search path for EDL, CDL and IDL files (class a.b.C is DIR/a/b/C.edl). "
          + "Repeatable; searched in order, then the bundled SDK. Default: the init.yaml's directory.")
  List<Path> includeDirs = new ArrayList<>();

  @CommandLine.Mixin MacroOptions macros;

  @CommandLine.Mixin org.kos.cli.SdkOption sdk;

  @Parameters(paramLabel = "init.yaml[.in]", arity = "1",
      description = "The init.yaml, or a template: init.yaml.in, or any file holding CMake configure_file "
          + "@NAME@ macros (the vendor build's macros get a plain build's values unless given with -D).")
  Path initYaml;

  /** An I/O error (exit 3) message for a -I argument that is not a directory, or null. */
  String badIncludeDir() {
    return IncludeDirs.problem(includeDirs);
  }

  /** The files read as such (not found on the search path): the init.yaml and the properties file. */
  List<Path> inputFiles() {
    List<Path> files = new ArrayList<>(List.of(initYaml));
    if (macros.propertiesFile() != null) {
      files.add(macros.propertiesFile());
    }
    return files;
  }

  /** @throws IOException when the properties file cannot be read */
  EinitRequest request() throws IOException {
    return new EinitRequest(initYaml, includeDirs, macros.values(), sdk.version());
  }

  /** Prints diagnostics as {@code file:line:col: error[ID]: ...} with the caret line; errors only when quiet. */
  static List<Diagnostic> print(List<Diagnostic> diagnostics, boolean quiet, PrintWriter err) {
    List<Diagnostic> shown = quiet
        ? diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList()
        : diagnostics;
    shown.forEach(d -> err.print(DiagnosticPrinter.render(d)));
    return shown;
  }
}
