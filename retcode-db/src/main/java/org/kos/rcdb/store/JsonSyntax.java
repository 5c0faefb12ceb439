package org.kos.rcdb.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's syntax messages in our words: what was expected and what was found, without its class,
 * feature and source names ("Source: REDACTED", {@code StreamReadFeature}, "code 120"). Messages it
 * does not know keep their text with those internals cut out.
 */
final class JsonSyntax {
  private static final Pattern START_MARKER =
      Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]", Pattern.DOTALL);
  private static final Pattern CONTROL = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");
  private static final Pattern CHAR = Pattern.compile("'(.+?)' \\(code \\d+(?: / 0x[0-9a-fA-F]+)?\\)");
  private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\((.*)\\): (.*)$", Pattern.DOTALL);
  private static final Pattern FEATURE = Pattern.compile("\\s*\\(?[^()]*(?:Feature|feature)[^()]*\\)?", Pattern.DOTALL);

  private JsonSyntax() {}

  static String describe(String jackson) {
    if (jackson == null || jackson.isBlank()) {
      return "not valid JSON";
    }
    String m = START_MARKER.matcher(jackson).replaceAll("line $1, column $2");
    m = CONTROL.matcher(m).replaceAll(r -> "a control character U+" + String.format("%04X", Integer.parseInt(r.group(1))));
    m = CHAR.matcher(m).replaceAll(r -> Matcher.quoteReplacement("'" + r.group(1) + "'"));
    Matcher u = UNEXPECTED.matcher(m);
    if (u.matches()) {
      return expectation(u.group(2)) + ", found " + u.group(1);
    }
    if (m.startsWith("Unexpected end-of-input")) {
      return "the file ends too early" + endDetail(m.substring("Unexpected end-of-input".length()));
    }
    if (m.startsWith("Unrecognized token ")) {
      int colon = m.indexOf(':');
      return "expected a JSON value (string, number, array, object, true, false or null), found "
          + m.substring("Unrecognized token ".length(), colon < 0 ? m.length() : colon);
    }
    if (m.startsWith("Illegal unquoted character (")) {
      return "a control character inside a string must be escaped (\\n, \\t, \\u0000...)";
    }
    return FEATURE.matcher(m).replaceAll("").strip();
  }

  /** Jackson's "was expecting ..." comment as "expected ...". */
  private static String expectation(String comment) {
    String c = comment.strip();
    if (c.contains("double-quote to start field name")) {
      return "expected a key in double quotes";
    }
    if (c.contains("comma to separate Object entries")) {
      return "expected ',' or '}' after a key's value";
    }
    if (c.contains("comma to separate Array entries")) {
      return "expected ',' or ']' after an array element";
    }
    if (c.contains("colon to separate field name and value")) {
      return "expected ':' after a key";
    }
    if (c.contains("expected a value") || c.contains("expected a valid value")) {
      return "expected a JSON value (string, number, array, object, true, false or null)";
    }
    if (c.contains("comment")) {
      return "comments are not allowed in JSON";
    }
    return FEATURE.matcher(c).replaceAll("").strip();
  }

  private static String endDetail(String rest) {
    String r = rest.startsWith(":") ? rest.substring(1).strip() : rest.strip();
    if (r.startsWith("expected close marker for Object")) {
      return ": '}' missing" + opened(r);
    }
    if (r.startsWith("expected close marker for Array")) {
      return ": ']' missing" + opened(r);
    }
    if (r.contains("closing quote")) {
      return ": a string is not closed";
    }
    return r.isEmpty() ? "" : " (" + FEATURE.matcher(r).replaceAll("").strip() + ")";
  }

  private static String opened(String r) {
    Matcher at = Pattern.compile("line (\\d+), column (\\d+)").matcher(r);
    return at.find() ? " (opened at line " + at.group(1) + ", column " + at.group(2) + ")" : "";
  }
}
