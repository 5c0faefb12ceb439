package org.kos.rcdb.export;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeSpace;
import org.kos.rcdb.model.RcEntry;

/** Renders entries with the export templates; the output depends on nothing but the entries. */
public final class Exporter {
  /** Where the templates of templates/retcode/ are packaged. */
  static final String TEMPLATE_PATH = "/org/kos/rcdb/export/templates";

  private final Configuration config;

  public Exporter() {
    config = new Configuration(Configuration.VERSION_2_3_34);
    config.setTemplateLoader(new ClassTemplateLoader(Exporter.class, TEMPLATE_PATH));
    config.setDefaultEncoding("UTF-8");
    config.setLocale(Locale.ROOT);
    config.setTimeZone(TimeZone.getTimeZone("UTC"));
    config.setNumberFormat("computer");
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
  }

  /**
   * @param javaClass for Java: the fully qualified class to generate, e.g. {@code org.acme.Retcodes}
   */
  public String export(ExportLanguage lang, List<RcEntry> entries, String javaClass) {
    Map<String, Object> model = new LinkedHashMap<>();
    List<Map<String, Object>> codes = new ArrayList<>();
    for (RcEntry e : entries) {
      codes.add(entryModel(e));
    }
    model.put("codes", codes);
    int dot = javaClass.lastIndexOf('.');
    model.put("javaPackage", dot < 0 ? "" : javaClass.substring(0, dot));
    model.put("javaClass", javaClass.substring(dot + 1));
    StringWriter out = new StringWriter();
    try {
      config.getTemplate(lang.template()).process(model, out);
    } catch (IOException | TemplateException e) {
      throw new IllegalStateException("export template " + lang.template() + " failed: " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static Map<String, Object> entryModel(RcEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", e.name());
    m.put("hex", e.hex());
    m.put("signed", Integer.toString(e.value()));
    m.put("fits", e.fieldsFit());
    m.put("customer", Long.toString(e.customer()));
    m.put("customerC", e.customer() == 1 ? "RC_CUSTOMER_TRUE" : e.customer() == 0 ? "RC_CUSTOMER_FALSE" : Long.toString(e.customer()));
    m.put("customerJava", e.customer() == 1 ? "Retcode.RC_CUSTOMER_TRUE" : e.customer() == 0 ? "Retcode.RC_CUSTOMER_FALSE"
        : Long.toString(e.customer()));
    RetcodeSpace sdkSpace = e.space() >= 0 && e.space() <= Integer.MAX_VALUE ? RetcodeSpace.byId((int) e.space()) : null;
    m.put("space", Long.toString(e.space()));
    m.put("spaceC", sdkSpace == null ? Long.toString(e.space()) : sdkSpace.constantName());
    m.put("spaceJava", sdkSpace == null ? Long.toString(e.space()) : "Retcode." + sdkSpace.constantName());
    m.put("spaceName", e.spaceDisplayName());
    m.put("facility", Long.toString(e.facility()));
    m.put("facilityName", e.facilityName() == null ? "" : e.facilityName());
    m.put("code", Long.toString(e.code()));
    m.put("description", e.description());
    m.put("cString", quote(e.description()));
    m.put("javaString", quote(e.description()));
    m.put("comment", e.description().replace("*/", "* /").replace('\n', ' '));
    m.put("markdown", e.description().replace("|", "\\|").replace('\n', ' '));
    m.put("source", e.source() == null ? "" : e.source().toString());
    return m;
  }

  /** A double-quoted literal valid in both C and Java (non-ASCII as \\u escapes would differ: kept as UTF-8). */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\%03o", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
