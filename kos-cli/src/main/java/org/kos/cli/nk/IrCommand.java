package org.kos.cli.nk;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kos.cli.ExitCodes;
import org.kos.nkc.ir.Ir;
import org.kos.nkc.layout.Layout;
import org.kos.nkc.model.Model;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code kos nk ir}: the checked model and its layout as versioned JSON (docs/ir.md). */
@Command(
    name = "ir",
    mixinStandardHelpOptions = true,
    description = {
      "Check IDL, CDL and EDL files and write their model and layout as JSON.",
      "The layout: RIIDs, MIDs, offsets, arena sizes and handle counts. The output is the same bytes whatever "
          + "the order of the files. Format: docs/ir.md, schema: docs/ir-schema.json.",
      "Directories are searched recursively for *.idl, *.cdl and *.edl files."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   IR written (warnings may have been printed)",
      "  1   errors in the input; nothing written",
      "  2   usage error",
      "  3   a file could not be read or written"
    })
public final class IrCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin NkInputs sources;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the IR to FILE (atomically: a temporary file moved into place). Default: standard output.")
  Path output;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only, no warnings.")
  boolean quiet;


  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    NkInputs.Compiled compiled = sources.compile(spec.commandLine(), quiet, "no IR written",
        output == null ? java.util.Map.of() : java.util.Map.of("-o", output));
    if (compiled.failed()) {
      return compiled.exit();
    }
    Model model = compiled.model();
    String ir = Ir.render(model, Layout.of(model));
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(ir);
      out.flush();
    } else {
      Ir.write(output, ir);
    }
    return ExitCodes.OK;
  }
}
