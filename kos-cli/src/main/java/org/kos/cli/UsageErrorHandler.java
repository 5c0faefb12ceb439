package org.kos.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** Bad options or arguments: say what is wrong, point to --help, exit 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    cl.getErr().println("kos: " + ex.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, cl.getErr());
    cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCodes.USAGE;
  }
}
