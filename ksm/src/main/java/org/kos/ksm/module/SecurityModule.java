package org.kos.ksm.module;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled security policy as the kernel loads it ({@code ksm.module} in an image): the PSL IR of
 * the policy (docs/psl-ir.md) — classes with their endpoints by RIID, interfaces with the layout of
 * every message, objects, bindings, audit and tests. This class reads the tables the engine
 * dispatches on; bindings, objects and tests stay JSON trees for the engine to compile.
 */
public final class SecurityModule {
  /** The format the module is written in, and the versions this reader understands. */
  public static final String FORMAT = "kos-psl-ir";
  public static final int VERSION = 1;

  private final JsonNode root;
  private final Map<String, ClassInfo> classes = new LinkedHashMap<>();
  private final Map<String, List<MethodInfo>> interfaces = new LinkedHashMap<>();

  private SecurityModule(JsonNode root) {
    this.root = root;
    int id = 0;
    for (JsonNode c : root.path("classes")) {
      List<EndpointInfo> eps = new ArrayList<>();
      for (JsonNode e : c.path("endpoints")) {
        List<String> comps = new ArrayList<>();
        e.path("components").forEach(x -> comps.add(x.asText()));
        eps.add(new EndpointInfo(e.path("path").asText(), e.path("riid").asInt(-1), e.path("interface").asText(),
            List.copyOf(comps)));
      }
      JsonNode sec = c.path("securityInterface");
      String name = c.path("name").asText();
      classes.put(name, new ClassInfo(id++, name, List.copyOf(eps), sec.isNull() || sec.isMissingNode() ? null
          : sec.asText()));
    }
    Iterator<Map.Entry<String, JsonNode>> it = root.path("interfaces").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> i = it.next();
      List<MethodInfo> methods = new ArrayList<>();
      for (JsonNode m : i.getValue().path("methods")) {
        methods.add(new MethodInfo(m.path("name").asText(), m.path("mid").asInt(), fields(m.path("in")),
            fields(m.path("out")), fields(m.path("error"))));
      }
      interfaces.put(i.getKey(), List.copyOf(methods));
    }
  }

  /** Reads a module's bytes; {@link IOException} when they are not a module this reader understands. */
  public static SecurityModule read(byte[] bytes) throws IOException {
    JsonNode root;
    try {
      root = JsonTree.read(bytes);
    } catch (IOException e) {
      throw new IOException("not a security module (expected JSON): " + e.getMessage(), e);
    }
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new IOException("not a security module: format is not " + FORMAT);
    }
    if (root.path("irVersion").asInt() != VERSION) {
      throw new IOException("security module version " + root.path("irVersion").asText() + " is not supported (this "
          + "kernel reads version " + VERSION + "); rebuild it with this kos");
    }
    return new SecurityModule(root);
  }

  private static Map<String, Field> fields(JsonNode params) {
    Map<String, Field> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = params.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> p = it.next();
      out.put(p.getKey(), field(p.getKey(), p.getValue().path("offset").asLong(), p.getValue().path("type")));
    }
    return out;
  }

  private static Field field(String name, long offset, JsonNode t) {
    Map<String, Field> members = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = t.path("members").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> m = it.next();
      members.put(m.getKey(), field(m.getKey(), m.getValue().path("offset").asLong(), m.getValue().path("type")));
    }
    JsonNode e = t.path("element");
    return new Field(name, offset, Field.Kind.valueOf(t.path("kind").asText().toUpperCase(java.util.Locale.ROOT)),
        t.path("type").asText(), t.path("size").asLong(), members, e.isMissingNode() ? null : field("", 0, e));
  }

  /** The whole module as JSON (bindings, objects, audit, tests). */
  public JsonNode json() {
    return root;
  }

  /** Classes by name, in name order (their ids). */
  public Map<String, ClassInfo> classes() {
    return classes;
  }

  /** The methods of an interface by MID, or null for an interface the module does not know. */
  public List<MethodInfo> methods(String iface) {
    return interfaces.get(iface);
  }
}
