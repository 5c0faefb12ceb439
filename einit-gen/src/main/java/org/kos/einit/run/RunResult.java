package org.kos.einit.run;

import java.util.List;

/** The end of every process of a run in creation order (Einit first), and whether it timed out. */
public record RunResult(List<ProcessEnd> processes, boolean timedOut) {
  public RunResult {
    processes = List.copyOf(processes);
  }

  /** Every process ended well and the run did not time out. */
  public boolean ok() {
    return !timedOut && processes.stream().allMatch(p -> p.outcome().ok());
  }
}
