package org.kos.psl.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kos.nkc.diag.Diagnostics;
import org.kos.psl.rules.PslRule;
import org.kos.psl.source.PslSource;

/**
 * Recognises the pre-PSL {@code security.cfg} format of the 2019 Education Kit (spec §0, G0): a
 * C-preprocessed file with {@code #include} lines and {@code = grant;} statements. It is refused with
 * one diagnostic instead of a page of syntax errors.
 */
final class LegacyConfig {
  private static final Pattern MARKER = Pattern.compile(
      "(?m)^[ \\t]*#[ \\t]*(include|define|ifdef|ifndef)\\b|=[ \\t]*(grant|deny)[ \\t]*;");

  private LegacyConfig() {}

  static boolean refuse(PslSource source, Diagnostics diagnostics) {
    String text = source.text();
    if (text.indexOf('#') < 0 && text.indexOf(';') < 0 && !source.file().name().endsWith(".cfg")) {
      return false; // both markers need one of these characters: skip the regex on ordinary policies
    }
    boolean cfgName = source.file().name().endsWith(".cfg");
    Matcher m = MARKER.matcher(text.length() > 1 << 20 ? text.substring(0, 1 << 20) : text);
    boolean marker = m.find();
    if (!cfgName && !marker) {
      return false;
    }
    int start = marker ? m.start() : 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = marker ? Math.max(start, m.end()) : Math.min(text.length(), start + 1);
    diagnostics.report(PslRule.PS0106.at(source.span(start, end),
        "this is a security.cfg file of the pre-PSL Education Kit (2019), not a PSL policy; "
            + "rewrite it in PSL (see docs/psl.md)"));
    return true;
  }
}
