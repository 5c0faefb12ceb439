package org.kos.audit.report;

import java.util.Map;
import org.kos.einit.gen.Templates;

/** The templates of {@code templates/audit/}, packaged into this module's jar, with the shared Freemarker set-up. */
final class ReportTemplates {
  static final String TEMPLATE_PATH = "/org/kos/audit/report/templates";
  private static final Templates TEMPLATES = new Templates(ReportTemplates.class, TEMPLATE_PATH, "audit template");

  private ReportTemplates() {}

  static String render(String name, Map<String, ?> model) {
    return TEMPLATES.render(name, model);
  }
}
