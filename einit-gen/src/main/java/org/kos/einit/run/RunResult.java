package org.kos.einit.run;

import java.util.List;

/**
 * The end of every process of a run in creation order (Einit first), whether it timed out, and
 * why clients waited on channels no server registered (one line each, see
 * {@code UnregisteredChannels}; empty when none did).
 */
public record RunResult(List<ProcessEnd> processes, boolean timedOut, List<String> unregisteredChannels) {
  public RunResult {
    processes = List.copyOf(processes);
    unregisteredChannels = List.copyOf(unregisteredChannels);
  }

  public RunResult(List<ProcessEnd> processes, boolean timedOut) {
    this(processes, timedOut, List.of());
  }

  /** Every process ended well and the run did not time out. */
  public boolean ok() {
    return !timedOut && processes.stream().allMatch(p -> p.outcome().ok());
  }
}
