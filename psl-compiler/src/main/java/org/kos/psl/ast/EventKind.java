package org.kos.psl.ast;

import java.util.Locale;

/** The security events a binding can be about (spec §7). */
public enum EventKind {
  EXECUTE,
  REQUEST,
  RESPONSE,
  ERROR,
  SECURITY;

  /** The keyword as written in policies. */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind a word names, or null. */
  public static EventKind of(String word) {
    return switch (word) {
      case "execute" -> EXECUTE;
      case "request" -> REQUEST;
      case "response" -> RESPONSE;
      case "error" -> ERROR;
      case "security" -> SECURITY;
      default -> null;
    };
  }
}
