package org.kos.cli.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.kos.cli.ExitCodes;
import org.kos.einit.run.ImageRunner;
import org.kos.einit.run.ProcessEnd;
import org.kos.einit.run.RunResult;
import org.kos.rc.RetcodeException;
import org.kos.romfs.read.BadImageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kos run IMAGE}: boots a solution image on the reference kernel. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Boot a solution image on the reference kernel and wait for its end.",
      "Starts 'einit' from the image, which starts the other programs (jars in the",
      "image). Every line a process prints is shown as '[task] line' (standard output",
      "and error kept apart). The run ends when every process has ended, or when the",
      "system is idle (all that still runs waits for requests no one can send: servers",
      "whose clients are done), or at the timeout. A client that waits on a connection",
      "its server never registered (ServiceLocatorRegister) is named, with what was",
      "registered, at the timeout or as soon as nothing else can happen. See docs/solutions.md."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0    every process ended well (exited with status 0, or idle)",
      "  1    a process failed or could not start (or waits on an unregistered id)",
      "  2    usage error",
      "  3    the image could not be read",
      "  124  the timeout elapsed first"
    })
public final class RunCommand implements Callable<Integer> {
  /** The system did not come to its end before the timeout (as GNU timeout exits). */
  public static final int TIMED_OUT = 124;

  /** {@code --timeout} when none is given. */
  static final String DEFAULT_TIMEOUT = "60s";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "IMAGE", arity = "0..1",
      description = "A kos image built by kos solution build (or kos romfs build).")
  Path image;

  @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = DEFAULT_TIMEOUT,
      description = "Stop the system after this long (500ms, 10s, 2m, PT1M; default ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(names = {"-q", "--quiet"}, description = "No summary line, only problems.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Say how every process ended.")
  boolean verbose;

  @Option(names = "--audit", paramLabel = "FILE", arity = "0..1", fallbackValue = "-",
      description = "Print one line per audited security decision (the policy's audit profiles, and every event "
          + "denied without a rule) to standard error, or write them to FILE. The kernel's kss log (kl.core.Audit) "
          + "has them either way.")
  String audit;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (image == null && audit != null && !audit.equals("-")) {
      image = Path.of(audit); // "--audit IMAGE": the flag without a file, then the image
      audit = "-";
    }
    if (image == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'IMAGE'");
    }
    return boot(image, timeout, quiet, verbose, audit, out, err);
  }

  /**
   * Boots {@code image} and reports how its processes ended: the command's work once its options
   * are read (by picocli, or by {@link RunMain}); {@code audit} is null, "-" or a file.
   */
  static int boot(Path image, Duration timeout, boolean quiet, boolean verbose, String audit, PrintWriter out,
      PrintWriter err) throws InterruptedException {
    if (!Files.isRegularFile(image)) {
      err.println("kos run: " + image + ": " + (Files.exists(image) ? "not a regular file" : "no such file"));
      return ExitCodes.IO_ERROR;
    }
    RunResult result;
    try (AuditOutput auditOut = AuditOutput.open(audit, err)) {
      result = ImageRunner.run(image, timeout, out, err, auditOut.sink());
    } catch (NoSuchFileException e) {
      err.println("kos run: " + image + ": no such file");
      return ExitCodes.IO_ERROR;
    } catch (IOException e) {
      err.println("kos run: " + image + ": cannot read: " + e.getMessage());
      return ExitCodes.IO_ERROR;
    } catch (BadImageException e) {
      err.println("kos run: " + image + ": " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    } catch (RetcodeException e) {
      err.println("kos run: " + image + ": cannot boot: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
    long failed = 0;
    for (ProcessEnd p : result.processes()) {
      if (!p.outcome().ok()) {
        failed++;
      }
      if (verbose || !p.outcome().ok()) {
        // A crash's trace follows its first line, one frame a line, under the same prefix.
        err.println("kos run: " + p.task() + ": " + p.detail().replace("\n", "\nkos run:   "));
      }
    }
    for (String why : result.unregisteredChannels()) {
      err.println("kos run: " + why);
    }
    int n = result.processes().size();
    if (result.timedOut()) {
      err.println("kos run: timed out after " + timeout.toMillis() + " ms; " + failed + " of " + n
          + " processes had not ended well");
      err.flush();
      return TIMED_OUT;
    }
    if (failed > 0) {
      err.println("kos run: " + failed + " of " + n + " processes did not end well");
    } else if (!quiet) {
      err.println("kos run: all " + n + " processes ended well");
    }
    err.flush();
    return failed > 0 ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
  }
}
