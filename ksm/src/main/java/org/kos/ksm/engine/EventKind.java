package org.kos.ksm.engine;

import java.util.Locale;

/** The security events (spec psl.md §7). */
public enum EventKind {
  EXECUTE, REQUEST, RESPONSE, ERROR, SECURITY;

  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static EventKind of(String keyword) {
    return valueOf(keyword.toUpperCase(Locale.ROOT));
  }
}
