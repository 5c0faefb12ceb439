package org.kos.psl.ast;

import java.util.Locale;

/** The keys a selector can test (spec §4). */
public enum SelectorKey {
  SRC,
  DST,
  ENDPOINT,
  INTERFACE,
  COMPONENT,
  METHOD;

  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SelectorKey of(String word) {
    return switch (word) {
      case "src" -> SRC;
      case "dst" -> DST;
      case "endpoint" -> ENDPOINT;
      case "interface" -> INTERFACE;
      case "component" -> COMPONENT;
      case "method" -> METHOD;
      default -> null;
    };
  }
}
