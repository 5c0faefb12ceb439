package org.kos.ksm.pal;

import java.util.List;

/** The tests of one {@code assert} set, in order. */
public record SetResult(String name, List<TestResult> tests) {
  public long failures() {
    return tests.stream().filter(t -> !t.passed()).count();
  }
}
