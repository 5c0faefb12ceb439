package org.kos.rcdb.export;

import java.util.Locale;

/** The export formats, each one template in templates/retcode/. */
public enum ExportLanguage {
  C("c.ftl"),
  JAVA("java.ftl"),
  MARKDOWN("markdown.ftl");

  private final String template;

  ExportLanguage(String template) {
    this.template = template;
  }

  String template() {
    return template;
  }

  /** c, java or markdown (case-insensitive); null for anything else. */
  public static ExportLanguage parse(String s) {
    for (ExportLanguage l : values()) {
      if (l.name().equalsIgnoreCase(s)) {
        return l;
      }
    }
    return s.toLowerCase(Locale.ROOT).equals("md") ? MARKDOWN : null;
  }
}
