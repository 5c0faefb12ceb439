package org.kos.cli.romfs;

import java.io.PrintStream;
import org.kos.romfs.write.ProgressListener;

/** A one-line progress bar on stderr, only on a terminal and only for builds worth waiting for. */
final class TerminalProgress implements ProgressListener {
  private static final long WORTH_SHOWING = 64L << 20;
  private static final long INTERVAL_NANOS = 100_000_000L;

  private final PrintStream err;
  private long total;
  private long done;
  private long lastDraw;
  private boolean drawn;

  TerminalProgress(PrintStream err) {
    this.err = err;
  }

  /** A bar when stdin/stdout are a terminal (Java 17 cannot ask about stderr alone), else nothing. */
  static ProgressListener forStderr(boolean quiet) {
    return quiet || System.console() == null ? ProgressListener.NONE : new TerminalProgress(System.err);
  }

  @Override
  public void start(long totalBytes, int entries) {
    total = totalBytes;
  }

  @Override
  public void advance(long bytes) {
    done += bytes;
    long now = System.nanoTime();
    if (total >= WORTH_SHOWING && now - lastDraw >= INTERVAL_NANOS) {
      lastDraw = now;
      draw();
    }
  }

  private void draw() {
    int width = 30;
    int filled = (int) (width * done / Math.max(1, total));
    err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
        + (100 * done / Math.max(1, total)) + "% " + (done >> 20) + "/" + (total >> 20) + " MiB");
    err.flush();
    drawn = true;
  }

  @Override
  public void finish() {
    if (drawn) {
      done = total;
      draw();
      err.println();
    }
  }
}
