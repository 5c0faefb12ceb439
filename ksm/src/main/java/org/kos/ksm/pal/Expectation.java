package org.kos.ksm.pal;

import java.util.Locale;
import org.kos.ksm.engine.Verdict;

/** What a step expects of the module (spec §11): a grant, a denial, or any decision but an evaluation error. */
enum Expectation {
  GRANT, DENY, ANY;

  static Expectation of(String keyword) {
    return valueOf(keyword.toUpperCase(Locale.ROOT));
  }

  String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the verdict meets the expectation. A denial caused by an evaluation error is a denial
   * (a {@code deny} step passes: the module decides "denied"), but {@code any} refuses it (§16 item 22).
   */
  boolean met(Verdict v) {
    switch (this) {
      case GRANT:
        return v.granted();
      case DENY:
        return !v.granted();
      default:
        return !v.evaluationError();
    }
  }
}
