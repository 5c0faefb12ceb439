package org.kos.psl.check;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceSpan;
import org.kos.psl.rules.PslRule;

/**
 * The regular expressions policies may use (spec §16 item 15): a POSIX-ERE-like subset mapped onto
 * java.util.regex. Back-references and look-around are refused: they are not ERE, and they let a
 * pattern take exponential time on a message's text.
 */
public final class RegexDialect {
  private static final Pattern UNSUPPORTED = Pattern.compile("\\\\[1-9]|\\(\\?[=!<]|\\(\\?<[=!]|\\\\k<");

  private RegexDialect() {}

  /** Reports PS0406 when {@code pattern} is not a valid pattern of the dialect; returns whether it is. */
  public static boolean check(String pattern, SourceSpan at, Diagnostics diagnostics) {
    if (UNSUPPORTED.matcher(pattern).find()) {
      diagnostics.report(PslRule.PS0406.at(at, "pattern uses a back-reference or look-around, which policies do "
          + "not support (POSIX ERE: classes, anchors, * + ? {m,n}, | and groups)"));
      return false;
    }
    try {
      Pattern.compile(pattern);
      return true;
    } catch (PatternSyntaxException e) {
      diagnostics.report(PslRule.PS0406.at(at, "invalid regular expression: " + e.getDescription()
          + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "")));
      return false;
    }
  }
}
