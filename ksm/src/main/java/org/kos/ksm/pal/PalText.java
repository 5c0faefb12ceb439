package org.kos.ksm.pal;

/**
 * The text report: a {@code PASS} or {@code FAIL} line per test ("set / test"), for a failure the
 * step, expected and actual decision and the reason on indented lines, then a summary line.
 */
public final class PalText {
  private PalText() {}

  public static String render(PalReport report) {
    StringBuilder b = new StringBuilder();
    for (SetResult set : report.sets()) {
      for (TestResult t : set.tests()) {
        b.append(t.passed() ? "PASS " : "FAIL ").append(set.name()).append(" / ").append(t.name()).append('\n');
        if (!t.passed()) {
          b.append("     ").append(t.failure().summary()).append('\n');
          if (t.failure().reason() != null) {
            b.append("     ").append(t.failure().reason()).append('\n');
          }
        }
      }
    }
    b.append(summary(report)).append('\n');
    return b.toString();
  }

  /** {@code 3 tests: 2 passed, 1 failed}, or a note that there is nothing to run. */
  public static String summary(PalReport report) {
    long n = report.tests();
    if (n == 0) {
      return "no tests: the policy has no 'assert' sets";
    }
    return n + (n == 1 ? " test: " : " tests: ") + (n - report.failures()) + " passed, " + report.failures()
        + " failed";
  }
}
