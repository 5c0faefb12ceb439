package org.kos.einit.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kos.einit.rules.EinitRule;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceSpan;
import org.kos.nkc.template.Expansion;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads init.yaml into {@link InitYaml}: SnakeYAML Engine composes the node tree (with marks), and
 * this walks it against the vendor's format, reporting every problem with its position in the file
 * the user wrote. Unknown keys are warnings (real files carry {@code autostart} and the like); a
 * broken entity or connection is left out, so one mistake gives one diagnostic.
 */
public final class InitYamlReader {
  private static final List<String> TOP_KEYS = List.of("entities");
  private static final List<String> ENTITY_KEYS = List.of("name", "task", "path", "args", "env", "connections",
      "cmake_generated_connections", "dynamic_connection_manager");
  private static final List<String> CONNECTION_KEYS = List.of("target", "id");
  private static final List<String> CONSTANT_KEYS = List.of("var", "include");

  private final YamlTree yaml;

  private InitYamlReader(Expansion source, Diagnostics diagnostics) {
    this.yaml = new YamlTree(source, diagnostics, EinitRule.EI0004);
  }

  /** The file's contents, or empty when it is not YAML at all (the syntax error is reported). */
  public static Optional<InitYaml> read(Expansion source, Diagnostics diagnostics) {
    return new InitYamlReader(source, diagnostics).read();
  }

  private Optional<InitYaml> read() {
    Optional<Node> root = yaml.root();
    if (root.isEmpty()) {
      return Optional.empty();
    }
    if (YamlTree.isNull(root.get())) {
      yaml.report(EinitRule.EI0005, yaml.start(),
          "the file is empty: an init.yaml lists the processes to start under 'entities:'");
      return Optional.of(new InitYaml(yaml.file(), List.of()));
    }
    Map<String, NodeTuple> top = yaml.mapping(root.get(), TOP_KEYS, "the top level of an init.yaml");
    if (top == null) {
      return Optional.of(new InitYaml(yaml.file(), List.of()));
    }
    NodeTuple entities = top.get("entities");
    if (entities == null) {
      yaml.report(EinitRule.EI0005, yaml.firstKeySpan(root.get()),
          "no 'entities': an init.yaml lists the processes to start under 'entities:'");
      return Optional.of(new InitYaml(yaml.file(), List.of()));
    }
    List<InitYaml.Entity> result = new ArrayList<>();
    for (Node item : yaml.sequence(entities.getValueNode(), "'entities'")) {
      InitYaml.Entity e = entity(item);
      if (e != null) {
        result.add(e);
      }
    }
    return Optional.of(new InitYaml(yaml.file(), result));
  }

  private InitYaml.Entity entity(Node node) {
    Map<String, NodeTuple> keys = yaml.mapping(node, ENTITY_KEYS, "an entity");
    if (keys == null) {
      return null;
    }
    SourceSpan at = yaml.firstKeySpan(node);
    Text name = yaml.required(keys, "name", at, "an entity needs 'name': the class of the process (its EDL name)");
    if (name == null) {
      return null;
    }
    Optional<Text> task = yaml.optionalText(keys.get("task"));
    Optional<Text> path = yaml.optionalText(keys.get("path"));
    List<Text> args = new ArrayList<>();
    if (keys.containsKey("args")) {
      for (Node a : yaml.sequence(keys.get("args").getValueNode(), "'args'")) {
        Text t = yaml.text(a, "an argument");
        if (t != null) {
          args.add(t);
        }
      }
    }
    List<InitYaml.EnvVar> env = new ArrayList<>();
    if (keys.containsKey("env")) {
      env = env(keys.get("env").getValueNode());
    }
    List<InitYaml.Connection> connections = new ArrayList<>();
    connections(keys.get("connections"), false, connections);
    connections(keys.get("cmake_generated_connections"), true, connections);
    boolean dcm = keys.containsKey("dynamic_connection_manager") && flag(keys.get("dynamic_connection_manager").getValueNode());
    return new InitYaml.Entity(at, name, task, path, args, env, connections, dcm);
  }

  private List<InitYaml.EnvVar> env(Node node) {
    List<InitYaml.EnvVar> env = new ArrayList<>();
    if (YamlTree.isNull(node)) {
      return env;
    }
    if (!(node instanceof MappingNode m)) {
      yaml.wrongKind(node, "a mapping of variable names to values for 'env'");
      return env;
    }
    Map<String, NodeTuple> seen = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      Text name = yaml.text(t.getKeyNode(), "an environment variable name");
      if (name == null || yaml.duplicate(seen, name, t)) {
        continue;
      }
      Node v = t.getValueNode();
      Text value = YamlTree.isNull(v) ? new Text("", yaml.span(v)) : yaml.text(v, "the value of '" + name.value() + "'");
      if (value != null) {
        env.add(new InitYaml.EnvVar(name, value));
      }
    }
    return env;
  }

  private void connections(NodeTuple entry, boolean generated, List<InitYaml.Connection> into) {
    if (entry == null) {
      return;
    }
    String key = "'" + YamlTree.keyOf(entry) + "'";
    for (Node item : yaml.sequence(entry.getValueNode(), key)) {
      Map<String, NodeTuple> keys = yaml.mapping(item, CONNECTION_KEYS, "a connection");
      if (keys == null) {
        continue;
      }
      SourceSpan at = yaml.firstKeySpan(item);
      Text target = yaml.required(keys, "target", at, "a connection needs 'target': the task it connects to");
      InitYaml.ConnectionId id = connectionId(keys.get("id"), at);
      if (target != null && id != null) {
        into.add(new InitYaml.Connection(at, target, id, generated));
      }
    }
  }

  private InitYaml.ConnectionId connectionId(NodeTuple entry, SourceSpan at) {
    if (entry == null) {
      yaml.report(EinitRule.EI0005, at, "a connection needs 'id': the name of the channel");
      return null;
    }
    Node node = entry.getValueNode();
    if (node instanceof MappingNode) {
      Map<String, NodeTuple> keys = yaml.mapping(node, CONSTANT_KEYS, "an 'id' given as a C constant");
      if (keys == null) {
        return null;
      }
      SourceSpan first = yaml.firstKeySpan(node);
      Text var = yaml.required(keys, "var", first, "an 'id' mapping needs 'var': the C constant holding the channel name");
      Text include = yaml.required(keys, "include", first, "an 'id' mapping needs 'include': the header defining '"
          + (var == null ? "var" : var.value()) + "'");
      return var == null || include == null ? null : new InitYaml.ChannelConstant(var, include, yaml.span(node));
    }
    Text name = yaml.valueOf(entry, "id", "a connection's 'id' has no value: give the channel name");
    return name == null ? null : new InitYaml.ChannelName(name);
  }

  private boolean flag(Node node) {
    if (node instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
      return Boolean.parseBoolean(s.getValue().toLowerCase(java.util.Locale.ROOT));
    }
    yaml.wrongKind(node, "true or false");
    return false;
  }

}
