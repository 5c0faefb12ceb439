package org.kos.cli;

import java.nio.file.Path;
import org.kos.io.AtomicFiles;
import picocli.CommandLine;

/** Checks every command makes of its output options before any work (README, "Output files"). */
public final class Outputs {
  private Outputs() {}

  /**
   * The message refusing {@code output} (given as {@code option}) because it is one of
   * {@code inputs}, or null when it is none of them.
   */
  public static String overwritesInput(String option, Path output, Iterable<Path> inputs) {
    Path in = AtomicFiles.inputOverwrittenBy(output, inputs);
    if (in == null) {
      return null;
    }
    return option + " " + output + ": is " + (in.equals(output) ? "also an input" : "the same file as the input " + in)
        + " and would be overwritten; choose another output";
  }

  /** Throws a usage error (exit 2) when {@code output} is one of {@code inputs}. */
  public static void refuseInput(CommandLine cl, String option, Path output, Iterable<Path> inputs) {
    String problem = overwritesInput(option, output, inputs);
    if (problem != null) {
      throw new CommandLine.ParameterException(cl, problem);
    }
  }
}
