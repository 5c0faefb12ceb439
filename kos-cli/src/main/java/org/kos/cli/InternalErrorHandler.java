package org.kos.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a subcommand into an exit code: I/O failures are the user's
 * environment (exit 3, one line), anything else is our bug (exit 70, stack trace for the report).
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    if (io instanceof IOException) {
      cl.getErr().println("kos: error: " + describe((IOException) io));
      return ExitCodes.IO_ERROR;
    }
    cl.getErr().println("kos: internal error (please report it): " + ex);
    ex.printStackTrace(cl.getErr());
    return ExitCodes.INTERNAL;
  }

  static String describe(IOException e) {
    String kind = e.getClass().getSimpleName();
    return switch (kind) {
      case "NoSuchFileException" -> "no such file: " + e.getMessage();
      case "AccessDeniedException" -> "permission denied: " + e.getMessage();
      case "FileAlreadyExistsException" -> "file already exists: " + e.getMessage();
      case "NotDirectoryException" -> "not a directory: " + e.getMessage();
      default -> e.getMessage() == null ? kind : e.getMessage();
    };
  }
}
