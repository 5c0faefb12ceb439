package org.kos.rcdb.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * The readings of one argument. {@code 0x90000015} is hex; {@code -1879048171} is decimal;
 * {@code 90000015} is both (hex, as logs print codes, and decimal); {@code B0000001} is hex or a
 * name; {@code rcTimeout} is a name. Decimal may be signed or unsigned 32-bit.
 */
public final class CodeInput {
  /** How a reading interpreted the text. */
  public enum Kind {
    HEX("hex"),
    DECIMAL("decimal"),
    NAME("name");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One interpretation: a value (for hex and decimal) or a name. */
  public record Reading(Kind kind, int value, String name) {}

  private CodeInput() {}

  /**
   * Every reading of {@code text}, hex before decimal before name; an empty list means the text is
   * neither a number that fits 32 bits nor a name.
   */
  public static List<Reading> readings(String text) {
    String s = text.strip();
    List<Reading> out = new ArrayList<>();
    if (s.isEmpty()) {
      return out;
    }
    if (s.startsWith("0x") || s.startsWith("0X")) {
      Long v = hex(s.substring(2));
      if (v != null) {
        out.add(new Reading(Kind.HEX, v.intValue(), null));
      }
      return out;
    }
    if (s.startsWith("-") || s.startsWith("+")) {
      Long v = decimal(s);
      if (v != null) {
        out.add(new Reading(Kind.DECIMAL, v.intValue(), null));
      }
      return out;
    }
    Long hex = hex(s);
    Long dec = decimal(s);
    if (hex != null && !(dec != null && hex.longValue() == dec.longValue())) {
      out.add(new Reading(Kind.HEX, hex.intValue(), null));
    }
    if (dec != null) {
      out.add(new Reading(Kind.DECIMAL, dec.intValue(), null));
    }
    if (isName(s)) {
      out.add(new Reading(Kind.NAME, 0, s));
    }
    return out;
  }

  /** 1 to 8 hex digits, as an unsigned 32-bit value; null otherwise. */
  private static Long hex(String digits) {
    if (digits.isEmpty() || digits.length() > 8) {
      return null;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), 16) < 0) {
        return null;
      }
    }
    return Long.parseLong(digits, 16);
  }

  /** A decimal in [-2^31, 2^32): signed below zero, unsigned above {@code Integer.MAX_VALUE}. */
  private static Long decimal(String s) {
    int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
    if (i == s.length() || s.length() - i > 10) {
      return null;
    }
    for (int j = i; j < s.length(); j++) {
      if (s.charAt(j) < '0' || s.charAt(j) > '9') {
        return null;
      }
    }
    long v = Long.parseLong(s);
    return v >= Integer.MIN_VALUE && v <= 0xFFFFFFFFL ? v : null;
  }

  private static boolean isName(String s) {
    if (!Character.isJavaIdentifierStart(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (!Character.isJavaIdentifierPart(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
