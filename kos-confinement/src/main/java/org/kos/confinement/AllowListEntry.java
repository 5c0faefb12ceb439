package org.kos.confinement;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One line of the allow-list.
 *
 * @param kind what the line says
 * @param subject the package ({@code java.time.*} for a tree), class, member ({@code
 *     java.lang.System.exit}, {@code java.io.PrintStream.<init>(java.lang.String,..)}) or bootstrap owner
 * @param rule the id of a deny, null for an allow or a bootstrap
 * @param hint a deny's own hint, or null for its id's
 * @param member the parsed subject of a member rule, null for others
 * @param line the line number in the file
 */
public record AllowListEntry(Kind kind, String subject, ConfinementRule rule, String hint, MemberPattern member,
    int line) {

  /** The kinds of line. */
  public enum Kind {
    ALLOW_PACKAGE("allow package"), ALLOW_CLASS("allow class"), DENY_PACKAGE("deny package"),
    DENY_CLASS("deny class"), DENY_MEMBER("deny member"), BOOTSTRAP("bootstrap");

    private final String keywords;

    Kind(String keywords) {
      this.keywords = keywords;
    }

    /** As written in the file, e.g. {@code deny member}. */
    public String keywords() {
      return keywords;
    }
  }

  /** Whether the line lets programs use its subject. */
  public boolean allows() {
    return rule == null;
  }

  /** The hint a violation gives: the line's own, else the id's. */
  public String effectiveHint() {
    return hint != null ? hint : rule.hint();
  }

  /** Parses one line; null for a blank or comment line. */
  static AllowListEntry parse(String text, int line) {
    int hash = text.indexOf('#');
    String s = (hash >= 0 ? text.substring(0, hash) : text).strip();
    if (s.isEmpty()) {
      return null;
    }
    String[] w = s.split("\\s+");
    Kind kind = kind(w, line);
    int at = kind == Kind.BOOTSTRAP ? 1 : 2;
    if (w.length <= at) {
      throw error(line, "'" + kind.keywords() + "' needs a name");
    }
    String subject = w[at];
    ConfinementRule rule = null;
    String hint = null;
    if (kind == Kind.DENY_CLASS || kind == Kind.DENY_MEMBER || kind == Kind.DENY_PACKAGE) {
      if (w.length <= at + 1) {
        throw error(line, "a deny needs an id (CF0001...)");
      }
      rule = rule(w[at + 1], line);
      hint = w.length > at + 2 ? s.split("\\s+", at + 3)[at + 2] : null;
    } else if (w.length > at + 1) {
      throw error(line, "unexpected '" + w[at + 1] + "' after '" + subject + "'");
    }
    MemberPattern member = kind == Kind.DENY_MEMBER ? MemberPattern.parse(subject, line) : null;
    return new AllowListEntry(kind, subject, rule, hint, member, line);
  }

  private static Kind kind(String[] w, int line) {
    String first = w[0].toLowerCase(Locale.ROOT);
    if (first.equals("bootstrap")) {
      return Kind.BOOTSTRAP;
    }
    String two = w.length > 1 ? first + " " + w[1] : first;
    return Arrays.stream(Kind.values()).filter(k -> k.keywords().equals(two)).findFirst()
        .orElseThrow(() -> error(line, "unknown rule '" + two + "'; expected one of "
            + List.of("allow package", "allow class", "deny package", "deny class", "deny member", "bootstrap")));
  }

  private static ConfinementRule rule(String id, int line) {
    try {
      return ConfinementRule.valueOf(id);
    } catch (IllegalArgumentException e) {
      throw error(line, "unknown id '" + id + "'");
    }
  }

  static IllegalArgumentException error(int line, String message) {
    return new IllegalArgumentException("line " + line + ": " + message);
  }
}
