package org.kos.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a subcommand into an exit code: I/O failures are the user's
 * environment (exit 3, one line), anything else is our bug (exit 70, stack trace for the report).
 */
public final class InternalErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    return report(ex, cl.getErr());
  }

  /**
   * Prints {@code ex} the way every command reports it and returns the exit code; for entry points
   * that run a command without picocli.
   */
  public static int report(Exception ex, PrintWriter err) {
    Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    if (io instanceof IOException) {
      err.println("kos: error: " + describe((IOException) io));
      return ExitCodes.IO_ERROR;
    }
    err.println("kos: internal error (please report it): " + ex);
    ex.printStackTrace(err);
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
