package org.kos.einit.gen;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.UnaryOperator;
import org.kos.einit.manifest.Manifest;
import org.kos.einit.yaml.InitYaml;
import org.kos.nkc.layout.EndpointLayout;

/**
 * Renders a {@link Manifest} through the templates of {@code templates/einit/} (packaged into this
 * jar). Quoting for each output language is done here ({@code json(s)}, {@code dot(s)},
 * {@code java(s)} in the templates), so templates only place values; the output depends on
 * nothing but the manifest.
 */
public final class Generator {
  static final String TEMPLATE_PATH = "/org/kos/einit/gen/templates";

  /** The outputs, each one template. */
  public enum Output {
    /** The Einit program for the reference kernel: Java source, class {@code einit.Einit}. */
    PROGRAM("Einit.java.ftl", "einit/Einit.java"),
    MANIFEST("manifest.json.ftl", "einit.manifest.json"),
    DOT("wiring.dot.ftl", "einit.dot");

    final String template;
    private final String fileName;

    Output(String template, String fileName) {
      this.template = template;
      this.fileName = fileName;
    }

    /** The file the output is written to, '/'-separated and relative to the output directory. */
    public String fileName() {
      return fileName;
    }
  }

  private final Configuration config;

  public Generator() {
    config = new Configuration(Configuration.VERSION_2_3_34);
    config.setTemplateLoader(new ClassTemplateLoader(Generator.class, TEMPLATE_PATH));
    config.setDefaultEncoding("UTF-8");
    config.setLocale(Locale.ROOT);
    config.setTimeZone(TimeZone.getTimeZone("UTC"));
    config.setNumberFormat("computer");
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setSharedVariable("json", quoting(Generator::jsonString));
    config.setSharedVariable("dot", quoting(Generator::dotString));
    config.setSharedVariable("java", quoting(Generator::javaString));
  }

  public String render(Output output, Manifest manifest) {
    StringWriter out = new StringWriter();
    try {
      config.getTemplate(output.template).process(model(manifest), out);
    } catch (IOException | TemplateException e) {
      throw new IllegalStateException("einit template " + output.template + " failed: " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static Map<String, Object> model(Manifest manifest) {
    List<Map<String, Object>> tasks = new ArrayList<>();
    Map<String, String> stems = new HashMap<>();
    for (Manifest.Task t : manifest.tasks()) {
      stems.put(t.name(), stem(t));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", t.name());
      m.put("stem", stems.get(t.name()));
      m.put("className", t.className());
      m.put("path", t.path());
      m.put("index", t.index());
      m.put("argv", t.argv());
      m.put("env", t.env());
      m.put("dynamicConnectionManager", t.dynamicConnectionManager());
      List<Map<String, Object>> endpoints = new ArrayList<>();
      for (EndpointLayout e : t.endpoints()) {
        endpoints.add(Map.of("riid", e.riid(), "name", e.name(), "qualifiedName", e.qualifiedName(),
            "iface", e.iface()));
      }
      m.put("endpoints", endpoints);
      tasks.add(m);
    }
    List<Map<String, Object>> channels = new ArrayList<>();
    for (Manifest.Channel c : manifest.channels()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("client", c.client());
      m.put("server", c.server());
      m.put("clientStem", stems.get(c.client()));
      m.put("serverStem", stems.get(c.server()));
      m.put("id", c.id().key());
      if (c.id() instanceof InitYaml.ChannelConstant k) {
        m.put("include", k.include().value());
      }
      channels.add(m);
    }
    List<Map<String, Object>> byIndex = new ArrayList<>(tasks);
    byIndex.sort(Comparator.comparing(m -> (Integer) m.get("index")));
    return Map.of("tasks", tasks, "tasksByIndex", byIndex, "channels", channels);
  }

  private static TemplateMethodModelEx quoting(UnaryOperator<String> quote) {
    return args -> {
      if (args.size() != 1 || !(args.get(0) instanceof TemplateScalarModel s)) {
        throw new TemplateModelException("expects one text argument");
      }
      return quote.apply(s.getAsString());
    };
  }

  /**
   * The vendor's symbol stem of a task: its name with every character that cannot be part of an
   * identifier replaced by {@code _}, then {@code _} and its index (which makes it unique).
   */
  static String stem(Manifest.Task t) {
    StringBuilder b = new StringBuilder(t.name().length() + 4);
    t.name().codePoints().forEach(c -> b.append(c < 128 && Character.isJavaIdentifierPart(c) ? (char) c : '_'));
    return b.append('_').append(t.index()).toString();
  }

  /** A Java string literal in ASCII: quotes, backslashes, controls and non-ASCII escaped. */
  static String javaString(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c >= 0x7f) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  static String jsonString(String s) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
  }

  /** A Graphviz double-quoted string: only {@code "} and the backslash need escaping. */
  static String dotString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
