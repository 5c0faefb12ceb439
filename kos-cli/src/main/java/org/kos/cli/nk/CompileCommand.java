package org.kos.cli.nk;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.lang.model.SourceVersion;
import org.kos.cli.ExitCodes;
import org.kos.io.AtomicFiles;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.javagen.GeneratedFile;
import org.kos.nkc.javagen.GeneratedSources;
import org.kos.nkc.javagen.JavaGenerator;
import org.kos.nkc.javagen.JavaNameClashes;
import org.kos.nkc.javagen.JavaOptions;
import org.kos.nkc.layout.Layout;
import org.kos.nkc.model.Model;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code kos nk compile}: Java stubs (docs/java-stubs.md) for IDL, CDL and EDL files. */
@Command(
    name = "compile",
    mixinStandardHelpOptions = true,
    description = {
      "Check IDL, CDL and EDL files and generate Java stubs for them.",
      "Stubs are made for the files named, not for the files they import: types, codecs, proxies, dispatchers "
          + "and component classes (docs/java-stubs.md). Each file is written atomically, and only when its "
          + "content changed.",
      "Directories are searched recursively for *.idl, *.cdl and *.edl files."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   stubs written (warnings may have been printed)",
      "  1   errors in the input; nothing written",
      "  2   usage error",
      "  3   a file could not be read or written"
    })
public final class CompileCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin NkInputs sources;

  @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR", required = true,
      description = "Root directory of the generated Java sources (package directories are created).")
  Path output;

  @Option(names = "--java-package", paramLabel = "P",
      description = "Prefix every Java package with P: IDL package a.b.C goes to Java package P.a.b.")
  String javaPackage;

  @Option(names = "--deps", paramLabel = "FILE",
      description = "Also write a make-style dependency file: each generated file and the inputs it depends on.")
  Path deps;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only: no warnings, no summary.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "List every file written.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (javaPackage != null && !SourceVersion.isName(javaPackage)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--java-package '" + javaPackage + "' is not a Java package name (e.g. com.acme.stubs)");
    }
    if (Files.exists(output) && !Files.isDirectory(output)) {
      err.println("kos: error: -o " + output + ": not a directory");
      return ExitCodes.IO_ERROR;
    }
    NkInputs.Compiled compiled = sources.compile(spec.commandLine(), quiet, "nothing written",
        deps == null ? java.util.Map.of() : java.util.Map.of("--deps", deps), true);
    if (compiled.failed()) {
      return compiled.exit();
    }
    Model model = compiled.model();
    Layout layout = Layout.of(model);
    JavaOptions options = new JavaOptions(javaPackage);
    // Valid NK whose names collide in Java (NK07xx): printed like the front end's diagnostics.
    List<Diagnostic> clashes = JavaNameClashes.find(model, layout, options);
    if (!clashes.isEmpty()) {
      clashes.forEach(d -> err.print(DiagnosticPrinter.render(d)));
      err.println(DiagnosticPrinter.summary(clashes) + "; nothing written");
      err.flush();
      return ExitCodes.INPUT_ERROR;
    }
    List<GeneratedFile> generated;
    try {
      generated = JavaGenerator.generate(model, layout, options);
    } catch (IllegalArgumentException e) {
      err.println("kos: error: " + e.getMessage() + "; nothing written");
      return ExitCodes.INPUT_ERROR;
    }
    List<GeneratedFile> written = GeneratedSources.write(output, generated);
    if (deps != null) {
      AtomicFiles.writeIfChanged(deps, GeneratedSources.renderDeps(output, generated));
    }
    if (verbose) {
      written.forEach(f -> err.println("wrote " + output.resolve(f.path())));
    }
    if (!quiet) {
      err.println(generated.size() + (generated.size() == 1 ? " Java file" : " Java files") + " generated in " + output + " (" + written.size() + " written, "
          + (generated.size() - written.size()) + " unchanged)");
    }
    err.flush();
    return ExitCodes.OK;
  }
}
