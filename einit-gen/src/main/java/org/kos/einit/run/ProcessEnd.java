package org.kos.einit.run;

/** How one process of a run ended: its task name, the outcome, and a few words on it. */
public record ProcessEnd(String task, Outcome outcome, String detail) {
  /** What became of a process. */
  public enum Outcome {
    /** {@code main} returned or the program called exit with status 0. */
    EXITED,
    /** The run ended while it waited for requests no process could send any more: a server done serving. */
    IDLE,
    /** It exited with a non-zero status or an uncaught exception. */
    FAILED,
    /** Einit created it but never ran it (Einit failed first). */
    NEVER_STARTED,
    /** It was still running when the run timed out. */
    STILL_RUNNING;

    /** Whether this counts as ending well. */
    public boolean ok() {
      return this == EXITED || this == IDLE;
    }
  }
}
