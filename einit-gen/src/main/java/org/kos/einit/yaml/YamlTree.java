package org.kos.einit.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kos.einit.rules.EinitRule;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.Severity;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.diag.SourceSpan;
import org.kos.nkc.resolve.Suggest;
import org.kos.nkc.template.Expansion;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
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
 * One YAML file of einit-gen's (init.yaml, solution.yaml) as SnakeYAML Engine's node tree, with
 * the shapes both formats are made of (mappings of known keys, lists, texts) and the problems of
 * form reported where the user wrote them: syntax (EI0001), tabs (EI0002), wrong kind (EI0003),
 * unknown keys (the format's rule), missing values (EI0005), keys given twice (EI0006).
 */
public final class YamlTree {
  /** Nesting of lists and mappings allowed; init.yaml and solution.yaml need five or six. */
  public static final int MAX_DEPTH = 100;

  private final Expansion source;
  private final SourceFile expanded;
  private final Diagnostics diagnostics;
  private final EinitRule unknownKey;

  /** @param unknownKey the rule an unknown key breaks: a warning (ignored) or an error */
  public YamlTree(Expansion source, Diagnostics diagnostics, EinitRule unknownKey) {
    this.source = source;
    this.expanded = new SourceFile(source.template().name(), source.text());
    this.diagnostics = diagnostics;
    this.unknownKey = unknownKey;
  }

  /**
   * The document's root node, or empty when the file is not YAML at all (the syntax error is
   * reported). An empty file is a null node ({@link #isNull}) without a position: report at
   * {@link #start()}.
   */
  public Optional<Node> root() {
    String written = source.template().text();
    int bad = written.indexOf('\uFFFD');
    if (bad >= 0) {
      // The file was decoded as UTF-8 with malformed bytes replaced: YAML is Unicode text, and a
      // name read from such bytes would silently hold U+FFFD.
      report(EinitRule.EI0001, source.template().span(bad, bad + 1),
          "the file is not UTF-8 text here (a byte that is no UTF-8, shown as U+FFFD): save it as UTF-8");
      return Optional.empty();
    }
    LoadSettings settings = LoadSettings.builder().setLabel(source.template().name()).setUseMarks(true)
        .setSchema(new CoreSchema()).build();
    try {
      if (composingFails(settings)) {
        return Optional.empty();
      }
      return Optional.of(new Compose(settings).composeString(source.text())
          .orElseGet(() -> new ScalarNode(Tag.NULL, "", ScalarStyle.PLAIN)));
    } catch (MarkedYamlEngineException e) {
      syntaxError(e);
      return Optional.empty();
    } catch (YamlEngineException e) {
      report(EinitRule.EI0001, source.span(0, 0), "not readable as YAML: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Reports what SnakeYAML Engine's composer would not survive, found on the parser's events
   * (the parser is not recursive) before composing: lists and mappings nested deeper than
   * {@link #MAX_DEPTH} (the composer recurses without a limit: thousands of '[' overflowed the
   * stack), and a tag its {@link Tag} refuses with an IllegalArgumentException ({@code !a%20}
   * decodes to a trailing space). Both were fuzz findings. True when something was reported.
   */
  private boolean composingFails(LoadSettings settings) {
    int depth = 0;
    for (Event e : new Parse(settings).parseString(source.text())) {
      Event.ID id = e.getEventId();
      Optional<String> tag = e instanceof ScalarEvent sc ? sc.getTag()
          : e instanceof CollectionStartEvent c ? c.getTag() : Optional.empty();
      if (tag.isPresent()) {
        try {
          new Tag(tag.get());
        } catch (IllegalArgumentException bad) {
          report(EinitRule.EI0001, point(e.getStartMark().map(this::offset).orElse(0)),
              "malformed tag '" + tag.get() + "': " + bad.getMessage());
          return true;
        }
      }
      if (id == Event.ID.SequenceStart || id == Event.ID.MappingStart) {
        if (++depth > MAX_DEPTH) {
          report(EinitRule.EI0001, point(e.getStartMark().map(this::offset).orElse(0)),
              "lists and mappings nest more than " + MAX_DEPTH + " levels deep here; "
                  + source.template().name() + " needs a few");
          return true;
        }
      } else if (id == Event.ID.SequenceEnd || id == Event.ID.MappingEnd) {
        depth--;
      }
    }
    return false;
  }

  /** The file as the user wrote it. */
  public SourceFile file() {
    return source.template();
  }

  /** The start of the file, for problems of the whole file. */
  public SourceSpan start() {
    return source.span(0, 0);
  }

  public void report(Diagnostic d) {
    diagnostics.report(d);
  }

  public void report(EinitRule rule, SourceSpan span, String message) {
    diagnostics.report(rule.at(span, message));
  }

  // ---- shapes ----

  /** The keys of a mapping (first occurrence wins), or null after reporting that it is not one. */
  public Map<String, NodeTuple> mapping(Node node, List<String> known, String what) {
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
      if (known != null && !known.contains(key.value())) {
        String near = Suggest.closest(key.value(), known);
        report(unknownKey, key.span(), "unknown key '" + key.value() + "' in " + what
            + (unknownKey.severity() == Severity.WARNING ? " is ignored; " : "; ")
            + (near != null ? "did you mean '" + near + "'?" : "known keys: " + String.join(", ", known)));
      }
    }
    return keys;
  }

  /** Reports the second of two equal keys (EI0006); true when {@code key} was seen before. */
  public boolean duplicate(Map<String, NodeTuple> seen, Text key, NodeTuple t) {
    NodeTuple first = seen.putIfAbsent(key.value(), t);
    if (first == null) {
      return false;
    }
    diagnostics.report(EinitRule.EI0006.at(key.span(), "'" + key.value() + "' is given twice; the first is used")
        .withNote("first given here", span(first.getKeyNode())));
    return true;
  }

  /** The items of a list; a missing value is an empty list. */
  public List<Node> sequence(Node node, String what) {
    if (isNull(node)) {
      return List.of();
    }
    if (node instanceof SequenceNode s) {
      return s.getValue();
    }
    wrongKind(node, "a list ('- ' items or [a, b]) for " + what);
    return List.of();
  }

  /** The text of a required key, or null after reporting it missing (at {@code at}) or empty. */
  public Text required(Map<String, NodeTuple> keys, String key, SourceSpan at, String message) {
    NodeTuple t = keys.get(key);
    if (t == null) {
      report(EinitRule.EI0005, at, message);
      return null;
    }
    return valueOf(t, key, "'" + key + "' has no value");
  }

  /** The non-blank text a key holds, or null after reporting it empty or not a text. */
  public Text valueOf(NodeTuple t, String key, String emptyMessage) {
    Node v = t.getValueNode();
    if (isNull(v) || (v instanceof ScalarNode s && s.getValue().isBlank())) {
      report(EinitRule.EI0005, span(t.getKeyNode()), emptyMessage);
      return null;
    }
    return text(v, "'" + key + "'");
  }

  /** The text of an optional key; a key without a value is reported as empty. */
  public Optional<Text> optionalText(NodeTuple t) {
    if (t == null || isNull(t.getValueNode())) {
      return Optional.empty();
    }
    String key = keyOf(t);
    return Optional.ofNullable(valueOf(t, key, "'" + key + "' is empty: leave it out for the default"));
  }

  public Text text(Node node, String what) {
    if (node instanceof ScalarNode s && !Tag.BINARY.equals(s.getTag())) {
      return new Text(s.getValue(), span(node));
    }
    wrongKind(node, "a text for " + what);
    return null;
  }

  /** A tuple's key as written (keys of a mapping read by {@link #mapping} are texts). */
  public static String keyOf(NodeTuple t) {
    return ((ScalarNode) t.getKeyNode()).getValue();
  }

  public void wrongKind(Node node, String expected) {
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
    if (Tag.BINARY.equals(s.getTag())) {
      return "binary data (!!binary)";
    }
    return isNull(s) ? "nothing" : "'" + s.getValue() + "'";
  }

  public static boolean isNull(Node node) {
    return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
  }

  // ---- positions ----

  public SourceSpan span(Node node) {
    int start = offset(node.getStartMark().orElseThrow());
    int end = node.getEndMark().map(this::offset).orElse(start);
    return source.span(start, end);
  }

  /** Where a mapping's first key is (for "this entity ..." messages), else the node itself. */
  public SourceSpan firstKeySpan(Node node) {
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

  /** One character at {@code offset}; at the end of the file, just after its last content. */
  private SourceSpan point(int offset) {
    int at = expanded.beforeBlankTail(offset);
    return source.span(at, Math.min(at + 1, source.text().length()));
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
}
