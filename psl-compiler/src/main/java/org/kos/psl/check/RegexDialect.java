package org.kos.psl.check;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.kos.kernel.security.PolicyRegex;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceSpan;
import org.kos.psl.rules.PslRule;

/**
 * Checks a policy's regular expressions with the dialect the security module runs
 * ({@link PolicyRegex}: POSIX-ERE-like on java.util.regex, spec §16 item 15), so that a pattern
 * that checks clean is one the kernel can use.
 */
public final class RegexDialect {
  private RegexDialect() {}

  /** Reports PS0406 when {@code pattern} is not a valid pattern of the dialect; returns whether it is. */
  public static boolean check(String pattern, SourceSpan at, Diagnostics diagnostics) {
    try {
      Pattern.compile(PolicyRegex.translate(pattern), Pattern.DOTALL);
      return true;
    } catch (PatternSyntaxException e) {
      diagnostics.report(PslRule.PS0406.at(at, "invalid regular expression: " + e.getDescription()
          + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "")));
      return false;
    } catch (IllegalArgumentException e) {
      diagnostics.report(PslRule.PS0406.at(at, e.getMessage()));
      return false;
    }
  }
}
