package org.kos.ksm.pal;

import java.util.List;

/** The results of every test set of a policy. */
public record PalReport(List<SetResult> sets) {
  public long tests() {
    return sets.stream().mapToLong(s -> s.tests().size()).sum();
  }

  public long failures() {
    return sets.stream().mapToLong(SetResult::failures).sum();
  }

  public boolean passed() {
    return failures() == 0;
  }
}
