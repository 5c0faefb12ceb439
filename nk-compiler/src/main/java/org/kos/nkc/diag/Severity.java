package org.kos.nkc.diag;

import java.util.Locale;

/** How serious a diagnostic is; only errors make a tool fail. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  /** The word shown in rendered diagnostics and JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
