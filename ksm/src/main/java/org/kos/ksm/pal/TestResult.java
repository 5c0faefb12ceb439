package org.kos.ksm.pal;

/** One test (a {@code sequence} with its set's setup and finally): passed when {@code failure} is null. */
public record TestResult(String set, String name, int steps, StepFailure failure, long nanos) {
  public boolean passed() {
    return failure == null;
  }
}
