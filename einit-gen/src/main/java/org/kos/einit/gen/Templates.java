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
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.UnaryOperator;

/**
 * The Freemarker set-up of the templates of the repository's {@code templates/} directory, each
 * directory packaged into the jar of the module that renders it (a {@code <resource>} with a
 * {@code targetPath}). The output depends on nothing but the model: root locale, UTC, numbers as
 * written, errors rethrown. Quoting for each output language is done here ({@code json(s)},
 * {@code dot(s)}, {@code java(s)} in the templates), so templates only place values. Templates named
 * {@code *.ftlh} are HTML: everything they print is HTML-escaped unless marked otherwise.
 */
public final class Templates {
  private final Configuration config;
  private final String what;

  /**
   * The templates packaged at {@code path} (absolute, '/'-separated) beside {@code anchor};
   * {@code what} names them in errors ("einit template").
   */
  public Templates(Class<?> anchor, String path, String what) {
    this.what = what;
    config = new Configuration(Configuration.VERSION_2_3_34);
    config.setTemplateLoader(new ClassTemplateLoader(anchor, path));
    config.setDefaultEncoding("UTF-8");
    config.setLocale(Locale.ROOT);
    config.setTimeZone(TimeZone.getTimeZone("UTC"));
    config.setNumberFormat("computer");
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setSharedVariable("json", quoting(Templates::jsonString));
    config.setSharedVariable("dot", quoting(Templates::dotString));
    config.setSharedVariable("java", quoting(Templates::javaString));
  }

  /** Renders the template {@code name} over {@code model}. */
  public String render(String name, Map<String, ?> model) {
    StringWriter out = new StringWriter();
    try {
      config.getTemplate(name).process(model, out);
    } catch (IOException | TemplateException e) {
      throw new IllegalStateException(what + " " + name + " failed: " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static TemplateMethodModelEx quoting(UnaryOperator<String> quote) {
    return args -> {
      if (args.size() != 1 || !(args.get(0) instanceof TemplateScalarModel s)) {
        throw new TemplateModelException("expects one text argument");
      }
      return quote.apply(s.getAsString());
    };
  }

  /** A Java string literal in ASCII: quotes, backslashes, controls and non-ASCII escaped. */
  public static String javaString(String s) {
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

  /** A JSON string. */
  public static String jsonString(String s) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
  }

  /** A Graphviz double-quoted string: only {@code "} and the backslash need escaping; a newline is {@code \n}. */
  public static String dotString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
