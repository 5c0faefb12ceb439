package org.kos.einit.gen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kos.einit.manifest.Manifest;
import org.kos.einit.yaml.InitYaml;
import org.kos.nkc.layout.EndpointLayout;

/**
 * Renders a {@link Manifest} through the templates of {@code templates/einit/} (packaged into this
 * jar) with the shared set-up of {@link Templates}; the output depends on nothing but the manifest.
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

  private final Templates templates = new Templates(Generator.class, TEMPLATE_PATH, "einit template");

  public String render(Output output, Manifest manifest) {
    return templates.render(output.template, model(manifest));
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
        List<String> published = manifest.publishedNames(e);
        endpoints.add(Map.of("riid", e.riid(), "name", e.name(), "qualifiedName", e.qualifiedName(),
            "iface", e.iface(), "first", published.get(0), "second", published.get(1)));
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
    return Map.of("tasks", tasks, "tasksByIndex", byIndex, "channels", channels, "sdk", manifest.sdk().number(),
        "serversFirst", manifest.sdk().taskOrder() == org.kos.nkc.sdk.SdkVersion.TaskOrder.SERVERS_FIRST,
        "argv0", manifest.sdk().pathAsArgv0());
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
}
