package org.kos.cli.romfs;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code kos romfs build}: a directory or a manifest to an image, reproducibly. The {@code ./kos}
 * launcher normally runs this through {@link BuildMain}, which skips picocli; both fill the same
 * {@link BuildArguments} and run the same {@link BuildRun}.
 */
@Command(name = "build",
    description = {"Build an image from a directory or a manifest.",
        "Entries are stored in byte-wise name order; timestamps come from SOURCE_DATE_EPOCH (or 0)."},    footerHeading = "%nExit codes:%n",
    footer = {"  0   image written", "  1   manifest errors, or the tree does not fit the format; nothing written", "  2   usage error", "  3   a file could not be read or written"})
public final class BuildCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  // Not mixinStandardHelpOptions: its -V (version) would clash with -V (volume, as in genromfs).
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Mixin BuildArguments args;

  @Override
  public Integer call() throws IOException {
    BuildRun run;
    try {
      run = BuildRun.prepare(args, System.getenv("SOURCE_DATE_EPOCH"));
    } catch (UsageException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    return run.run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
