package org.kos.nkc.template;

import java.util.Map;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.template.TemplateProblem.Kind;

/**
 * Expands a template in one pass: CMake's {@code @NAME@} macros (see {@link MacroExpander}) and,
 * when asked, the Jinja subset vendor PSL files use: {@code {% if COND %}}, {@code {% elif COND %}},
 * {@code {% else %}}, {@code {% endif %}}, nested to any depth (COND as {@link Condition} reads it).
 *
 * <ul>
 *   <li>Kept text and macro values become the {@link Expansion}'s pieces; tags and the branches not
 *       taken are left out, so positions after them still map back to the template.
 *   <li>Tags see the raw text: {@code @NAME@} is not expanded inside one; a condition names the value
 *       ({@code BOARD == "RPI4_BCM2711"}). Macros in branches not taken are not expanded.
 *   <li>A tag alone on its line (blanks around it) takes the whole line with it, as Jinja does with
 *       {@code trim_blocks} and {@code lstrip_blocks}. <code>{%-</code> and <code>-%}</code> also
 *       remove all whitespace before or after the tag, line breaks included, as in Jinja.
 *   <li>Any other tag, {@code {{ }}} expressions and {@code {# #}} comments are problems
 *       ({@link Kind#UNSUPPORTED}): the template is to be rendered by Jinja first. Problems inside
 *       branches not taken are reported too, as Jinja parses the whole template.
 *   <li>Without Jinja, the text is kept as it is and the first <code>{%</code> or <code>{{</code> is
 *       reported once ({@link Kind#NOT_ENABLED}); the caller words the hint.
 * </ul>
 *
 * <p>Linear in the template's length: every search for a closing <code>%}</code>, <code>}}</code> or
 * <code>#}</code> starts where the previous one ended, ifs nest on a list, not the Java stack, and
 * problems stop at a hundred.
 */
public final class TemplateExpander {
  private static final String ONLY_IFS = "only if/elif/else/endif are supported; render the template first";

  private final String in;
  private final Map<String, String> values;
  private final Pieces pieces;
  private final Problems problems = new Problems();
  private final Branches branches = new Branches(problems);
  // Per closer ("%}", "}}", "#}"): where the last search found it, -1 once none is left.
  private final int[] closers = {-2, -2, -2};
  private final boolean[] unclosedReported = new boolean[3];
  // Start of the template text not yet kept or dropped.
  private int pending;

  private TemplateExpander(String in, Map<String, String> values) {
    this.in = in;
    this.values = values;
    this.pieces = new Pieces(in.length());
  }

  /**
   * Expands {@code @NAME@} macros (an undefined NAME becomes empty) and, when {@code jinja}, the
   * if/elif/else/endif subset, where an undefined NAME is the empty string too.
   */
  public static TemplateResult expand(SourceFile template, Map<String, String> values, boolean jinja) {
    TemplateExpander e = new TemplateExpander(template.text(), values);
    e.run(jinja);
    return new TemplateResult(e.pieces.into(template), e.problems.sorted());
  }

  private void run(boolean jinja) {
    int n = in.length();
    boolean notEnabledReported = false;
    int i = 0;
    while (i < n) {
      char c = in.charAt(i);
      char next = i + 1 < n ? in.charAt(i + 1) : 0;
      if (c == '@') {
        i = macro(i);
      } else if (c == '{' && jinja && (next == '%' || next == '{' || next == '#')) {
        i = construct(i, next);
      } else {
        if (c == '{' && !jinja && !notEnabledReported && (next == '%' || next == '{')) {
          problems.add(Kind.NOT_ENABLED, i, i + 2, "Jinja template: render it first or pass --jinja");
          notEnabledReported = true;
        }
        i++;
      }
    }
    keepUpTo(n, n);
    branches.finish();
  }

  /** A macro at {@code at} if there is one, else the {@code @} is text; returns where to go on. */
  private int macro(int at) {
    int end = at + 1;
    while (end < in.length() && MacroExpander.isNameChar(in.charAt(end))) {
      end++;
    }
    if (end == at + 1 || end == in.length() || in.charAt(end) != '@') {
      return end; // the char that stopped the name may start a macro of its own ("@@A@")
    }
    keepUpTo(at, end + 1);
    if (branches.kept()) {
      pieces.macro(at, end + 1, values.getOrDefault(in.substring(at + 1, end), ""));
    }
    return end + 1;
  }

  /** A Jinja tag, expression or comment at {@code start}; returns where to go on. */
  private int construct(int start, char kind) {
    int k = kind == '%' ? 0 : kind == '{' ? 1 : 2;
    String closer = kind == '%' ? "%}" : kind == '{' ? "}}" : "#}";
    int close = closer(k, closer, start + 2);
    if (close < 0) {
      if (!unclosedReported[k]) {
        unclosedReported[k] = true;
        problems.add(Kind.SYNTAX, start, start + 2, "unclosed `{" + kind + "`: no `" + closer + "` follows");
      }
      return start + 2; // as text: no closer is left for any later opener either
    }
    int end = close + 2;
    boolean dashBefore = in.charAt(start + 2) == '-' && start + 2 < close;
    boolean dashAfter = in.charAt(close - 1) == '-' && close - 1 > start + 2;
    int resume = remove(start, end, dashBefore, dashAfter);
    if (kind == '%') {
      tag(start, end, start + (dashBefore ? 3 : 2), dashAfter ? close - 1 : close);
    } else if (kind == '{') {
      problems.add(Kind.UNSUPPORTED, start, end, "`{{ ... }}` expressions are not supported: " + ONLY_IFS);
    } else {
      problems.add(Kind.UNSUPPORTED, start, end, "`{# ... #}` comments are not supported: " + ONLY_IFS);
    }
    return resume;
  }

  /** Where the next {@code closer} is from {@code from}; each search starts past the last one found. */
  private int closer(int k, String closer, int from) {
    if (closers[k] == -1) {
      return -1;
    }
    if (closers[k] < from) {
      closers[k] = in.indexOf(closer, from);
    }
    return closers[k];
  }

  /**
   * Drops the construct at {@code [start, end)}, with its line when it is alone on it, and the
   * whitespace its dashes ask for; keeps the text before it. Returns where the text goes on.
   */
  private int remove(int start, int end, boolean dashBefore, boolean dashAfter) {
    int lineStart = start;
    while (lineStart > pending && isBlank(in.charAt(lineStart - 1))) {
      lineStart--;
    }
    int lineEnd = end;
    while (lineEnd < in.length() && isBlank(in.charAt(lineEnd))) {
      lineEnd++;
    }
    int cut = start;
    int resume = end;
    if ((lineStart == 0 || isEol(in.charAt(lineStart - 1))) && (lineEnd == in.length() || isEol(in.charAt(lineEnd)))) {
      cut = lineStart;
      resume = lineEnd == in.length() ? lineEnd : lineEnd + (in.startsWith("\r\n", lineEnd) ? 2 : 1);
    }
    while (dashBefore && cut > pending && Character.isWhitespace(in.charAt(cut - 1))) {
      cut--;
    }
    while (dashAfter && resume < in.length() && Character.isWhitespace(in.charAt(resume))) {
      resume++;
    }
    keepUpTo(cut, resume);
    return resume;
  }

  /** An if/elif/else/endif tag at {@code [start, end)} whose words are {@code [from, to)}. */
  private void tag(int start, int end, int from, int to) {
    int w = from;
    while (w < to && Character.isWhitespace(in.charAt(w))) {
      w++;
    }
    int wordEnd = w;
    while (wordEnd < to && (Character.isLetterOrDigit(in.charAt(wordEnd)) || in.charAt(wordEnd) == '_')) {
      wordEnd++;
    }
    String word = in.substring(w, wordEnd);
    switch (word) {
      case "if" -> branches.openIf(start, end, condition(start, end, word, wordEnd, to));
      case "elif" -> branches.elif(start, end, condition(start, end, word, wordEnd, to));
      case "else" -> {
        nothingAfter(start, end, word, wordEnd, to);
        branches.otherwise(start, end);
      }
      case "endif" -> {
        nothingAfter(start, end, word, wordEnd, to);
        branches.endif(start, end);
      }
      case "" -> problems.add(Kind.SYNTAX, start, end, "empty tag: expected if, elif, else or endif");
      default -> problems.add(Kind.UNSUPPORTED, start, end, "`{% " + word + " %}` is not supported: " + ONLY_IFS);
    }
  }

  private boolean condition(int start, int end, String word, int from, int to) {
    Condition.Outcome c = Condition.evaluate(in, from, to, values);
    if (c.error() != null) {
      problems.add(Kind.SYNTAX, start, end, "malformed condition in `" + word + "`: " + c.error());
    }
    return c.value();
  }

  private void nothingAfter(int start, int end, String word, int from, int to) {
    if (!in.substring(from, to).isBlank()) {
      problems.add(Kind.SYNTAX, start, end, "`" + word + "` takes no condition");
    }
  }

  /** Keeps {@code [pending, cut)} if the branch at hand is taken, and goes on at {@code resume}. */
  private void keepUpTo(int cut, int resume) {
    if (branches.kept()) {
      pieces.text(in, pending, cut);
    }
    pending = resume;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isEol(char c) {
    return c == '\n' || c == '\r';
  }
}
