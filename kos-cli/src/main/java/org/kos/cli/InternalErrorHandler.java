package org.kos.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
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

  /**
   * "FILE: what is wrong", as other command-line tools say it, for the exceptions of
   * {@code java.nio.file} (whose own messages are the file name alone or the OS's wording).
   */
  static String describe(IOException e) {
    if (e instanceof FileSystemException fs && fs.getFile() != null) {
      String reason = switch (e.getClass().getSimpleName()) {
        case "NoSuchFileException" -> "no such file or directory";
        case "AccessDeniedException" -> "permission denied";
        case "FileAlreadyExistsException" -> "already exists";
        case "NotDirectoryException" -> "not a directory";
        default -> fs.getReason() == null ? e.getClass().getSimpleName() : lowerFirst(fs.getReason());
      };
      return fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile()) + ": " + reason;
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
