package org.kos.cli.einit;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kos.cli.ExitCodes;
import org.kos.einit.Einit;
import org.kos.einit.EinitResult;
import org.kos.einit.gen.Generator;
import org.kos.einit.manifest.Manifest;
import org.kos.io.AtomicFiles;
import org.kos.nkc.diag.DiagnosticPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kos einit gen}: check an init.yaml and write the Einit program (and what it is made of) into a directory. */
@Command(
    name = "gen",
    mixinStandardHelpOptions = true,
    description = {
      "Check an init.yaml and write the Einit program, and the manifest and graph.",
      "Checks as kos einit check does, then writes into OUTDIR, each file",
      "atomically, none when there is an error:",
      "  einit/Einit.java  the Einit program for the reference kernel (always)",
      "  --manifest        einit.manifest.json: tasks in the order Einit starts",
      "                    them, their endpoints (both names, RIID, interface),",
      "                    and the channels in connection order",
      "  --dot             einit.dot: the wiring as a Graphviz graph"
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   outputs written (warnings may have been printed)",
      "  1   errors in the input; nothing written",
      "  2   usage error",
      "  3   a file could not be read or written"
    })
public final class EinitGenCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin EinitInputs inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR", required = true,
      description = "Directory to write into (created if missing).")
  Path outDir;

  @Option(names = "--manifest", description = "Write einit.manifest.json.")
  boolean manifest;

  @Option(names = "--dot", description = "Write einit.dot.")
  boolean dot;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only, no warnings.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    String badDir = inputs.badIncludeDir();
    if (badDir != null) {
      err.println(badDir);
      return ExitCodes.IO_ERROR;
    }
    EinitResult result = Einit.check(inputs.request());
    EinitInputs.print(result.diagnostics(), quiet, err);
    if (result.hasErrors()) {
      err.println(DiagnosticPrinter.summary(result.diagnostics()) + "; nothing written");
      err.flush();
      return ExitCodes.INPUT_ERROR;
    }
    Manifest m = result.manifest().orElseThrow();
    Generator generator = new Generator();
    Map<Path, String> outputs = new LinkedHashMap<>();
    outputs.put(outDir.resolve(Generator.Output.PROGRAM.fileName()), generator.render(Generator.Output.PROGRAM, m));
    if (manifest) {
      outputs.put(outDir.resolve(Generator.Output.MANIFEST.fileName()), generator.render(Generator.Output.MANIFEST, m));
    }
    if (dot) {
      outputs.put(outDir.resolve(Generator.Output.DOT.fileName()), generator.render(Generator.Output.DOT, m));
    }
    for (Path o : outputs.keySet()) {
      org.kos.cli.Outputs.refuseInput(spec.commandLine(), "-o", o, inputs.inputFiles());
    }
    for (Map.Entry<Path, String> o : outputs.entrySet()) {
      AtomicFiles.write(o.getKey(), o.getValue());
    }
    err.flush();
    return ExitCodes.OK;
  }
}
