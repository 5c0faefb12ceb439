package org.kos.nkc.template;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.kos.nkc.diag.SourceFile;

/**
 * Expands a template the way CMake's {@code configure_file} does for the vendor's build: every
 * {@code @NAME@} is replaced by the value given for NAME, or by nothing when none is given
 * ({@code @INIT_Client_ENTITY_CONNECTIONS@}, {@code @ROOTFS_ENTITY@}, ...). Values are inserted as
 * they are: no macro inside a value is expanded again. Anything else with an {@code @} (an e-mail
 * address, a lone {@code @}) is left alone. {@link TemplateExpander} does the work, and Jinja too.
 */
public final class MacroExpander {
  private MacroExpander() {}

  /** Whether a file is a template by its name: CMake's convention, a {@code .in} suffix. */
  public static boolean isTemplate(String fileName) {
    return fileName.endsWith(".in");
  }

  /**
   * Whether a file is a template: named {@code *.in}, or holding an {@code @NAME@} macro whatever its
   * name (real projects keep templates named {@code init.yaml} too).
   */
  public static boolean isTemplate(String fileName, String text) {
    return isTemplate(fileName) || !names(text).isEmpty();
  }

  /** The names of the {@code @NAME@} macros in {@code text}, in the order they first appear. */
  public static Set<String> names(String text) {
    Set<String> names = new LinkedHashSet<>();
    int i = text.indexOf('@');
    while (i >= 0) {
      int end = i + 1;
      while (end < text.length() && isNameChar(text.charAt(end))) {
        end++;
      }
      if (end > i + 1 && end < text.length() && text.charAt(end) == '@') {
        names.add(text.substring(i + 1, end));
        i = text.indexOf('@', end + 1);
      } else {
        i = end < text.length() && text.charAt(end) == '@' ? end : text.indexOf('@', end);
      }
    }
    return names;
  }

  /** The column (0-based) of the first {@code @NAME@} in {@code text}, or 0 when there is none. */
  public static int column(String text, String name) {
    int at = text.indexOf("@" + name + "@");
    if (at < 0) {
      return 0;
    }
    int lineStart = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('\r', at)) + 1;
    return at - lineStart;
  }

  /** Macros only; Jinja syntax is kept as text. */
  public static Expansion expand(SourceFile template, Map<String, String> values) {
    return TemplateExpander.expand(template, values, false).expansion();
  }

  /** CMake's {@code @VAR@} syntax: the variable name characters configure_file accepts. */
  static boolean isNameChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '_' || c == '/' || c == '.' || c == '+' || c == '-';
  }
}
