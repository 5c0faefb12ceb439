package org.kos.cli.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A top-level block of a YAML file ({@code programs:} of solution.yaml, {@code entities:} of
 * init.yaml) found in its text, so that an entry can be added at its end without re-writing the
 * file: comments, order and style stay as the user wrote them. Only block style is understood; a
 * flow-style block ({@code programs: {...}}) is not found, and the caller says so.
 */
final class YamlBlock {
  private final List<String> lines;
  private final int keyLine;
  private final int end;

  private YamlBlock(List<String> lines, int keyLine, int end) {
    this.lines = lines;
    this.keyLine = keyLine;
    this.end = end;
  }

  /** The block of {@code key} in {@code text}, or none when there is no block-style one. */
  static Optional<YamlBlock> find(String text, String key) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    Pattern head = Pattern.compile(Pattern.quote(key) + ":\\s*(#.*)?");
    for (int i = 0; i < lines.size(); i++) {
      if (head.matcher(lines.get(i)).matches()) {
        int j = i + 1;
        // Entries are indented, or (a sequence) may start at column 0 with '-'.
        while (j < lines.size() && (lines.get(j).isBlank() || lines.get(j).startsWith(" ")
            || lines.get(j).startsWith("#") || lines.get(j).startsWith("-"))) {
          j++;
        }
        while (j - 1 > i && (lines.get(j - 1).isBlank() || lines.get(j - 1).startsWith("#"))) {
          j--;
        }
        return Optional.of(new YamlBlock(lines, i, j));
      }
    }
    return Optional.empty();
  }

  /** The leading spaces of the block's first entry line (its own indentation), or none if empty. */
  Optional<String> entryIndent() {
    for (int i = keyLine + 1; i < end; i++) {
      String l = lines.get(i);
      if (!l.isBlank() && !l.stripLeading().startsWith("#")) {
        return Optional.of(l.substring(0, l.length() - l.stripLeading().length()));
      }
    }
    return Optional.empty();
  }

  /** The 0-based line of an entry line that is exactly {@code entry} after its indentation, or -1. */
  int lineOf(Pattern entry) {
    for (int i = keyLine + 1; i < end; i++) {
      if (entry.matcher(lines.get(i).strip()).matches()) {
        return i;
      }
    }
    return -1;
  }

  /** The text with {@code entry} (whole lines, ending with a newline) added at the block's end. */
  String withEntry(String entry) {
    List<String> out = new ArrayList<>(lines.subList(0, end));
    String body = entry.endsWith("\n") ? entry.substring(0, entry.length() - 1) : entry;
    out.addAll(List.of(body.split("\n", -1)));
    out.addAll(lines.subList(end, lines.size()));
    return String.join("\n", out);
  }
}
