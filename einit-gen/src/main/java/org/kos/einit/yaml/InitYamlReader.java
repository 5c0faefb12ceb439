package org.kos.einit.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kos.einit.macro.Expansion;
import org.kos.einit.rules.EinitRule;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.diag.SourceSpan;
import org.kos.nkc.resolve.Suggest;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

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

  private final Expansion source;
  private final SourceFile expanded;
  private final Diagnostics diagnostics;

  private InitYamlReader(Expansion source, Diagnostics diagnostics) {
    this.source = source;
    this.expanded = new SourceFile(source.template().name(), source.text());
    this.diagnostics = diagnostics;
  }

  /** The file's contents, or empty when it is not YAML at all (the syntax error is reported). */
  public static Optional<InitYaml> read(Expansion source, Diagnostics diagnostics) {
    return new InitYamlReader(source, diagnostics).read();
  }

  private Optional<InitYaml> read() {
    LoadSettings settings = LoadSettings.builder().setLabel(source.template().name()).setUseMarks(true)
        .setSchema(new CoreSchema()).build();
    Optional<Node> root;
    try {
      root = new Compose(settings).composeString(source.text());
    } catch (MarkedYamlEngineException e) {
      syntaxError(e);
      return Optional.empty();
    } catch (YamlEngineException e) {
      report(EinitRule.EI0001, source.span(0, 0), "not readable as YAML: " + e.getMessage());
      return Optional.empty();
    }
    if (root.isEmpty() || isNull(root.get())) {
      report(EinitRule.EI0005, source.span(0, 0),
          "the file is empty: an init.yaml lists the processes to start under 'entities:'");
      return Optional.of(new InitYaml(source.template(), List.of()));
    }
    Map<String, NodeTuple> top = mapping(root.get(), TOP_KEYS, "the top level of an init.yaml");
    if (top == null) {
      return Optional.of(new InitYaml(source.template(), List.of()));
    }
    NodeTuple entities = top.get("entities");
    if (entities == null) {
      report(EinitRule.EI0005, firstKeySpan(root.get()), "no 'entities': an init.yaml lists the processes to start under 'entities:'");
      return Optional.of(new InitYaml(source.template(), List.of()));
    }
    List<InitYaml.Entity> result = new ArrayList<>();
    for (Node item : sequence(entities.getValueNode(), "'entities'")) {
      InitYaml.Entity e = entity(item);
      if (e != null) {
        result.add(e);
      }
    }
    return Optional.of(new InitYaml(source.template(), result));
  }

  private InitYaml.Entity entity(Node node) {
    Map<String, NodeTuple> keys = mapping(node, ENTITY_KEYS, "an entity");
    if (keys == null) {
      return null;
    }
    SourceSpan at = firstKeySpan(node);
    Text name = required(keys, "name", at, "an entity needs 'name': the class of the process (its EDL name)");
    if (name == null) {
      return null;
    }
    Optional<Text> task = optionalText(keys.get("task"));
    Optional<Text> path = optionalText(keys.get("path"));
    List<Text> args = new ArrayList<>();
    if (keys.containsKey("args")) {
      for (Node a : sequence(keys.get("args").getValueNode(), "'args'")) {
        Text t = text(a, "an argument");
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
    if (isNull(node)) {
      return env;
    }
    if (!(node instanceof MappingNode m)) {
      wrongKind(node, "a mapping of variable names to values for 'env'");
      return env;
    }
    Map<String, NodeTuple> seen = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      Text name = text(t.getKeyNode(), "an environment variable name");
      if (name == null || duplicate(seen, name, t)) {
        continue;
      }
      Node v = t.getValueNode();
      Text value = isNull(v) ? new Text("", span(v)) : text(v, "the value of '" + name.value() + "'");
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
    String key = "'" + ((ScalarNode) entry.getKeyNode()).getValue() + "'";
    for (Node item : sequence(entry.getValueNode(), key)) {
      Map<String, NodeTuple> keys = mapping(item, CONNECTION_KEYS, "a connection");
      if (keys == null) {
        continue;
      }
      SourceSpan at = firstKeySpan(item);
      Text target = required(keys, "target", at, "a connection needs 'target': the task it connects to");
      InitYaml.ConnectionId id = connectionId(keys.get("id"), at);
      if (target != null && id != null) {
        into.add(new InitYaml.Connection(at, target, id, generated));
      }
    }
  }

  private InitYaml.ConnectionId connectionId(NodeTuple entry, SourceSpan at) {
    if (entry == null) {
      report(EinitRule.EI0005, at, "a connection needs 'id': the name of the channel");
      return null;
    }
    Node node = entry.getValueNode();
    if (node instanceof MappingNode) {
      Map<String, NodeTuple> keys = mapping(node, CONSTANT_KEYS, "an 'id' given as a C constant");
      if (keys == null) {
        return null;
      }
      SourceSpan first = firstKeySpan(node);
      Text var = required(keys, "var", first, "an 'id' mapping needs 'var': the C constant holding the channel name");
      Text include = required(keys, "include", first, "an 'id' mapping needs 'include': the header defining '"
          + (var == null ? "var" : var.value()) + "'");
      return var == null || include == null ? null : new InitYaml.ChannelConstant(var, include, span(node));
    }
    Text name = valueOf(entry, "id", "a connection's 'id' has no value: give the channel name");
    return name == null ? null : new InitYaml.ChannelName(name);
  }

  private boolean flag(Node node) {
    if (node instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
      return Boolean.parseBoolean(s.getValue().toLowerCase(java.util.Locale.ROOT));
    }
    wrongKind(node, "true or false");
    return false;
  }

  // ---- generic shapes ----

  /** The keys of a mapping (first occurrence wins), or null after reporting that it is not one. */
  private Map<String, NodeTuple> mapping(Node node, List<String> known, String what) {
    if (!(node instanceof MappingNode m)) {
      wrongKind(node, "a mapping (key: value lines) for " + what);
      return null;
    }
    Map<String, NodeTuple> keys = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      Text key = text(t.getKeyNode(), "a key");
      if (key == null || duplicate(keys, key, t)) {
        continue;
      }
      if (!known.contains(key.value())) {
        String near = Suggest.closest(key.value(), known);
        report(EinitRule.EI0004, key.span(), "unknown key '" + key.value() + "' in " + what + " is ignored; "
            + (near != null ? "did you mean '" + near + "'?" : "known keys: " + String.join(", ", known)));
      }
    }
    return keys;
  }

  private boolean duplicate(Map<String, NodeTuple> seen, Text key, NodeTuple t) {
    NodeTuple first = seen.putIfAbsent(key.value(), t);
    if (first == null) {
      return false;
    }
    diagnostics.report(EinitRule.EI0006.at(key.span(), "'" + key.value() + "' is given twice; the first is used")
        .withNote("first given here", span(first.getKeyNode())));
    return true;
  }

  /** The items of a list; a missing value is an empty list. */
  private List<Node> sequence(Node node, String what) {
    if (isNull(node)) {
      return List.of();
    }
    if (node instanceof SequenceNode s) {
      return s.getValue();
    }
    wrongKind(node, "a list ('- ' items or [a, b]) for " + what);
    return List.of();
  }

  private Text required(Map<String, NodeTuple> keys, String key, SourceSpan at, String message) {
    NodeTuple t = keys.get(key);
    if (t == null) {
      report(EinitRule.EI0005, at, message);
      return null;
    }
    return valueOf(t, key, "'" + key + "' has no value");
  }

  private Text valueOf(NodeTuple t, String key, String emptyMessage) {
    Node v = t.getValueNode();
    if (isNull(v) || (v instanceof ScalarNode s && s.getValue().isBlank())) {
      report(EinitRule.EI0005, span(t.getKeyNode()), emptyMessage);
      return null;
    }
    return text(v, "'" + key + "'");
  }

  private Optional<Text> optionalText(NodeTuple t) {
    if (t == null || isNull(t.getValueNode())) {
      return Optional.empty();
    }
    return Optional.ofNullable(valueOf(t, ((ScalarNode) t.getKeyNode()).getValue(),
        "'" + ((ScalarNode) t.getKeyNode()).getValue() + "' is empty: leave it out for the default"));
  }

  private Text text(Node node, String what) {
    if (node instanceof ScalarNode s) {
      return new Text(s.getValue(), span(node));
    }
    wrongKind(node, "a text for " + what);
    return null;
  }

  private void wrongKind(Node node, String expected) {
    report(EinitRule.EI0003, span(node), "expected " + expected + ", found " + describe(node));
  }

  private static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    ScalarNode s = (ScalarNode) node;
    return isNull(s) ? "nothing" : "'" + s.getValue() + "'";
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
  }

  // ---- positions ----

  private SourceSpan span(Node node) {
    int start = offset(node.getStartMark().orElseThrow());
    int end = node.getEndMark().map(this::offset).orElse(start);
    return source.span(start, end);
  }

  /** Where a mapping's first key is (for "this entity ..." messages), else the node itself. */
  private SourceSpan firstKeySpan(Node node) {
    if (node instanceof MappingNode m && !m.getValue().isEmpty()) {
      return span(m.getValue().get(0).getKeyNode());
    }
    return span(node);
  }

  /** A mark's char offset in the expanded text (marks count code points, spans UTF-16 chars). */
  private int offset(Mark mark) {
    String text = expanded.text();
    int lineStart = expanded.offset(mark.getLine() + 1, 1);
    int at = lineStart;
    for (int i = 0; i < mark.getColumn() && at < text.length(); i++) {
      at += Character.charCount(text.codePointAt(at));
    }
    return at;
  }

  private void syntaxError(MarkedYamlEngineException e) {
    int at = e.getProblemMark().map(this::offset).orElse(0);
    SourceSpan tab = tabIndentation(expanded.line(at));
    if (tab != null) {
      report(EinitRule.EI0002, tab, "tab used for indentation: YAML indents with spaces only");
      return;
    }
    String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
    Integer context = e.getContext() == null ? null : e.getContextMark().map(this::offset).orElse(null);
    Diagnostic d;
    if (context != null && source.text().substring(at).isBlank()) {
      // The file ended inside something (a quote, a bracket): where that began is what to fix.
      d = EinitRule.EI0001.at(point(context), problem + " " + e.getContext());
    } else {
      d = EinitRule.EI0001.at(point(at), problem);
      if (context != null) {
        d = d.withNote(e.getContext(), point(context));
      }
    }
    diagnostics.report(d);
  }

  private SourceSpan point(int offset) {
    return source.span(offset, Math.min(offset + 1, source.text().length()));
  }

  /** The first tab in the indentation of a non-blank line up to {@code lastLine}, or null. */
  private SourceSpan tabIndentation(int lastLine) {
    for (int line = 1; line <= lastLine; line++) {
      String text = expanded.lineText(line);
      int i = 0;
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      int tab = text.indexOf('\t');
      if (i < text.length() && tab >= 0 && tab < i && text.charAt(i) != '#') {
        int start = expanded.offset(line, tab + 1);
        return source.span(start, expanded.offset(line, i + 1));
      }
    }
    return null;
  }

  private void report(EinitRule rule, SourceSpan span, String message) {
    diagnostics.report(rule.at(span, message));
  }
}
