package org.kos.nkc.template;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kos.nkc.diag.SourceFile;

/**
 * Expands an {@code init.yaml.in} template the way CMake's {@code configure_file} does for the
 * vendor's build: every {@code @NAME@} is replaced by the value given for NAME, or by nothing when
 * none is given ({@code @INIT_Client_ENTITY_CONNECTIONS@}, {@code @ROOTFS_ENTITY@}, ...). Values
 * are inserted as they are: no macro inside a value is expanded again. Anything else with an
 * {@code @} (an e-mail address, a lone {@code @}) is left alone.
 */
public final class MacroExpander {
  /** CMake's {@code @VAR@} syntax: the variable name characters configure_file accepts. */
  private static final Pattern MACRO = Pattern.compile("@([A-Za-z0-9_/.+-]+)@");

  private MacroExpander() {}

  /** Whether a file is a template by its name: CMake's convention, a {@code .in} suffix. */
  public static boolean isTemplate(String fileName) {
    return fileName.endsWith(".in");
  }

  public static Expansion expand(SourceFile template, Map<String, String> values) {
    String in = template.text();
    Matcher m = MACRO.matcher(in);
    StringBuilder out = new StringBuilder(in.length());
    Pieces pieces = new Pieces();
    int at = 0;
    while (m.find()) {
      pieces.add(out.length(), at, m.start(), false);
      out.append(in, at, m.start());
      pieces.add(out.length(), m.start(), m.end(), true);
      out.append(values.getOrDefault(m.group(1), ""));
      at = m.end();
    }
    pieces.add(out.length(), at, in.length(), false);
    out.append(in, at, in.length());
    return pieces.into(template, out.toString());
  }

  /** Growable parallel arrays of the pieces of an expansion. */
  private static final class Pieces {
    int n;
    int[] expandedStarts = new int[8];
    int[] templateStarts = new int[8];
    int[] templateEnds = new int[8];
    boolean[] fromMacro = new boolean[8];

    void add(int expandedStart, int templateStart, int templateEnd, boolean macro) {
      if (n == expandedStarts.length) {
        expandedStarts = Arrays.copyOf(expandedStarts, 2 * n);
        templateStarts = Arrays.copyOf(templateStarts, 2 * n);
        templateEnds = Arrays.copyOf(templateEnds, 2 * n);
        fromMacro = Arrays.copyOf(fromMacro, 2 * n);
      }
      expandedStarts[n] = expandedStart;
      templateStarts[n] = templateStart;
      templateEnds[n] = templateEnd;
      fromMacro[n] = macro;
      n++;
    }

    Expansion into(SourceFile template, String text) {
      return new Expansion(template, text, Arrays.copyOf(expandedStarts, n), Arrays.copyOf(templateStarts, n),
          Arrays.copyOf(templateEnds, n), Arrays.copyOf(fromMacro, n));
    }
  }
}
