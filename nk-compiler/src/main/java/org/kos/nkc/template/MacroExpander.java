package org.kos.nkc.template;

import java.util.Map;
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
