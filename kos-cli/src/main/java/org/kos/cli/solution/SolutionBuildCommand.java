package org.kos.cli.solution;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kos solution build DIR [-o IMAGE]}. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Build a solution directory into a kos image.",
      "Reads DIR/solution.yaml, checks init.yaml against the NK files, generates their",
      "Java stubs, compiles every program with them (or takes its jar), generates and",
      "compiles Einit, and writes einit, the programs and the extra files as a kos image,",
      "atomically. See docs/solutions.md. --sdk wins over solution.yaml's 'sdk:'."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   image written (warnings may have been printed)",
      "  1   errors in the solution; no image written",
      "  2   usage error",
      "  3   a file could not be read or written"
    })
public final class SolutionBuildCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The solution directory (with solution.yaml).")
  Path dir;

  @Option(names = {"-o", "--output"}, paramLabel = "IMAGE",
      description = "The image to write (default: DIR's name with .img, in the current directory).")
  Path image;

  @Option(names = {"-q", "--quiet"}, description = "Errors only: no warnings, no summary.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Say how long each stage took and what was compiled.")
  boolean verbose;

  @CommandLine.Mixin org.kos.cli.SdkOption sdk;

  @Option(names = "--build-dir", paramLabel = "DIR",
      description = "Where compiled stubs, classes and jars are kept between builds (default: DIR/target).")
  Path buildDir;

  @Option(names = "--clean", description = "Forget what the build directory holds: a full build.")
  boolean clean;

  @Override
  public Integer call() {
    return SolutionBuild.run(new SolutionBuild.Options(dir, image, quiet, verbose, sdk.given(), buildDir, clean),
        spec.commandLine().getErr());
  }
}
