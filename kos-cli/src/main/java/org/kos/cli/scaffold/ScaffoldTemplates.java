package org.kos.cli.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kos.einit.gen.Templates;

/**
 * The templates of {@code templates/new/}, packaged under {@value #ROOT}. A jar cannot be listed, so
 * each directory names its files in {@code files.txt}, and {@code templates.txt} names the solution
 * templates; {@code program/} is the one {@code kos new program} uses.
 */
final class ScaffoldTemplates {
  static final String ROOT = "/org/kos/cli/scaffold/templates";
  static final String PROGRAM = "program";

  private static final Templates TEMPLATES = new Templates(ScaffoldTemplates.class, ROOT, "kos new template");

  private ScaffoldTemplates() {}

  /** Solution template names and what each makes, in the order of templates.txt. */
  static Map<String, String> solutionTemplates() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String[] row : rows("templates.txt", 2)) {
      out.put(row[0], row[1]);
    }
    return out;
  }

  /**
   * The files of {@code template} rendered over {@code model}: output path (with {@code @key@} of
   * the model's values replaced) to content, in the order of files.txt.
   */
  static Map<String, String> render(String template, Map<String, String> model) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String[] row : rows(template + "/files.txt", 2)) {
      String path = row[1];
      for (Map.Entry<String, String> e : model.entrySet()) {
        path = path.replace("@" + e.getKey() + "@", e.getValue());
      }
      out.put(path, TEMPLATES.render(template + "/" + row[0], model));
    }
    return out;
  }

  /** One template rendered over {@code model}. */
  static String renderOne(String name, Map<String, String> model) {
    return TEMPLATES.render(name, model);
  }

  /** The non-comment lines of a packaged index, split on whitespace into at most {@code fields}. */
  private static List<String[]> rows(String name, int fields) {
    try (InputStream in = ScaffoldTemplates.class.getResourceAsStream(ROOT + "/" + name)) {
      if (in == null) {
        throw new IllegalStateException("kos new: packaged template index " + name + " is missing");
      }
      List<String[]> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.strip().split("\\s+", fields));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
