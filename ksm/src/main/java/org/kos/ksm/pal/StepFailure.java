package org.kos.ksm.pal;

/**
 * The first failing step of a test: where it is ({@code phase} setup, sequence or finally, its
 * 1-based {@code index} there, {@code at} file:line), the step ({@code step}: its name in quotes or
 * the step written out), what was expected and what happened, and why (the engine's reason for a
 * denial, or why the step could not be performed; null for a grant).
 */
public record StepFailure(String phase, int index, String step, String at, String expected, String actual,
    String reason) {
  /** {@code at x.psl:48, sequence step 2 "overflow": expected deny, got granted}. */
  public String summary() {
    return "at " + at + ", " + phase + " step " + index + " " + step + ": expected " + expected + ", got " + actual;
  }
}
