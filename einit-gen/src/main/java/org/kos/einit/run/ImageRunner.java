package org.kos.einit.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.kos.kernel.Kernel;
import org.kos.kernel.audit.KernelLog;
import org.kos.kernel.ipc.Ipc;
import org.kos.kernel.security.SecurityMonitor;
import org.kos.kernel.task.ExitInfo;
import org.kos.kernel.task.Process;
import org.kos.ksm.engine.Engine;
import org.kos.ksm.engine.PolicyMonitor;
import org.kos.ksm.models.Models;
import org.kos.ksm.module.SecurityModule;
import org.kos.rc.RetcodeException;
import org.kos.romfs.read.BadImageException;
import org.kos.romfs.read.ImageEntry;
import org.kos.romfs.read.ImageReaders;
import org.kos.romfs.read.RomImage;

/**
 * Boots an image on the reference kernel (which serves its files read-only through kl.core.FS)
 * and waits for the end: {@code einit} from the image runs
 * first and starts the rest. The run is over when every process has ended, or when the system is
 * idle (every running process waits for requests no one can send any more: servers whose clients
 * are done), or when a client waits on a channel its server never registered and nothing else can
 * happen, or at the timeout. Standard output and error of every process go to {@code out} and
 * {@code err}, each line behind the task name. One run at a time per JVM: the standard streams
 * are the JVM's.
 */
public final class ImageRunner {
  private static final Object STREAMS = new Object();
  private static final long POLL_MILLIS = 5;
  /** The security module's path in an image. */
  static final String KSM = "ksm.module";

  private ImageRunner() {}

  /**
   * @throws IOException when the image cannot be read
   * @throws BadImageException when it is no image
   * @throws RetcodeException when the kernel cannot boot it (no einit, einit is not a runnable jar)
   */
  public static RunResult run(Path image, Duration timeout, PrintWriter out, PrintWriter err)
      throws IOException, BadImageException, RetcodeException, InterruptedException {
    return run(image, timeout, out, err, null);
  }

  /**
   * As {@link #run(Path, Duration, PrintWriter, PrintWriter)}, with every audit line of the
   * security module also given to {@code audit} (when not null); the kernel's kss log has them anyway.
   */
  public static RunResult run(Path image, Duration timeout, PrintWriter out, PrintWriter err,
      java.util.function.Consumer<String> audit)
      throws IOException, BadImageException, RetcodeException, InterruptedException {
    synchronized (STREAMS) {
      PrintStream savedOut = System.out;
      PrintStream savedErr = System.err;
      TaskConsole outConsole = new TaskConsole(out);
      TaskConsole errConsole = new TaskConsole(err);
      try (RomImage rom = ImageReaders.open(image)) {
        System.setOut(TaskConsole.stream(outConsole));
        System.setErr(TaskConsole.stream(errConsole));
        SecurityMonitor monitor = securityMonitor(rom, err);
        Kernel kernel = new Kernel(new ImagePrograms(rom), new RomBootImage(rom, Files.size(image)),
            Kernel.DEFAULT_HANDLE_QUOTA, Kernel.DEFAULT_MEMORY_QUOTA, monitor);
        if (monitor instanceof PolicyMonitor pm) {
          KernelLog kss = kernel.log("kss");
          pm.engine().auditTo(r -> {
            String line = r.line();
            kss.write("audit " + line);
            if (audit != null) {
              audit.accept(line);
            }
          });
        }
        try {
          Process einit = kernel.boot("einit");
          End end = awaitEnd(kernel, einit, timeout);
          boolean timedOut = end == End.TIMED_OUT;
          List<Ipc.UnclaimedCall> waiting = kernel.unclaimedCalls();
          Set<String> stuck = end == End.STUCK ? UnregisteredChannels.clients(waiting) : Set.of();
          List<ProcessEnd> ends = new ArrayList<>();
          for (Process p : kernel.processes()) {
            ends.add(stuck.contains(p.name()) && p.exitInfo() == null
                ? new ProcessEnd(p.name(), ProcessEnd.Outcome.FAILED, "waits on a connection no server registered")
                : endOf(p, timedOut));
          }
          return new RunResult(ends, timedOut,
              UnregisteredChannels.explain(waiting, kernel.serviceLocator().registrations()));
        } finally {
          kernel.shutdown();
          outConsole.finish();
          errConsole.finish();
        }
      } finally {
        System.setOut(savedOut);
        System.setErr(savedErr);
      }
    }
  }

  /**
   * The image's security module ({@code ksm.module}) as the kernel's monitor; without one, as on
   * the vendor's kernel, nothing is enforced, which the run says in one line.
   */
  static SecurityMonitor securityMonitor(RomImage rom, PrintWriter err) throws IOException {
    Optional<ImageEntry> entry = rom.find(KSM);
    if (entry.isEmpty()) {
      err.println("kos: warning: the image has no " + KSM + ": no security policy is enforced, everything is allowed");
      err.flush();
      return SecurityMonitor.ALLOW_ALL;
    }
    byte[] bytes;
    try (InputStream in = rom.open(entry.get())) {
      bytes = in.readAllBytes();
    }
    SecurityModule module;
    try {
      module = SecurityModule.read(bytes);
    } catch (IOException e) {
      throw new IOException(KSM + " in the image: " + e.getMessage(), e);
    }
    return new PolicyMonitor(new Engine(module, Models::create));
  }

  /** How a run came to its end. */
  private enum End {
    /** Every process ended, or the system is idle. */
    DONE,
    /** Nothing can happen any more but a client waits on a channel its server never registered. */
    STUCK,
    TIMED_OUT
  }

  private static End awaitEnd(Kernel kernel, Process einit, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    einit.awaitExit(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
    while (true) {
      if (allEnded(kernel) || kernel.isIdle()) {
        return End.DONE;
      }
      if (kernel.isStuck()) {
        return End.STUCK;
      }
      if (System.nanoTime() - deadline >= 0) {
        return End.TIMED_OUT;
      }
      Thread.sleep(POLL_MILLIS);
    }
  }

  private static boolean allEnded(Kernel kernel) {
    return kernel.processes().stream().noneMatch(p -> p.state() == Process.State.RUNNING);
  }

  /** Called before the kernel's shutdown: a process still running is idle, or late at a timeout. */
  private static ProcessEnd endOf(Process p, boolean timedOut) {
    ExitInfo exit = p.exitInfo();
    if (p.state() == Process.State.STOPPED) {
      return new ProcessEnd(p.name(), ProcessEnd.Outcome.NEVER_STARTED, "created but never run");
    }
    if (exit == null) {
      return timedOut
          ? new ProcessEnd(p.name(), ProcessEnd.Outcome.STILL_RUNNING, "still running at the timeout")
          : new ProcessEnd(p.name(), ProcessEnd.Outcome.IDLE, "waiting for requests");
    }
    return switch (exit.reason()) {
      case EXITED -> exit.status() == 0
          ? new ProcessEnd(p.name(), ProcessEnd.Outcome.EXITED, "exited with status 0")
          : new ProcessEnd(p.name(), ProcessEnd.Outcome.FAILED, "exited with status " + exit.status());
      case UNCAUGHT_EXCEPTION -> new ProcessEnd(p.name(), ProcessEnd.Outcome.FAILED,
          String.join("\n", Stream.concat(Stream.of("uncaught exception " + exit.detail()), p.crashTrace().stream())
              .toList()));
      case TERMINATED -> new ProcessEnd(p.name(), ProcessEnd.Outcome.FAILED, exit.detail());
    };
  }
}
