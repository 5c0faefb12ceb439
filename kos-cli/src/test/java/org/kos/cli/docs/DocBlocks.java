package org.kos.cli.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fenced code blocks of a Markdown page, with their info string (what follows the opening
 * fence: {@code idl}, {@code yaml init}, {@code java file=programs/...}) and the line of the opening fence.
 * The info string is the marker that says which checker a block goes through.
 */
record DocBlocks(Path page, List<Block> blocks) {
  /** One block: {@code language} is the info string's first word, {@code attributes} the rest. */
  record Block(Path page, int line, String language, String attributes, String content) {
    /** {@code page:line}, for messages. */
    String where() {
      return page + ":" + line;
    }

    /** The value of {@code key=value} among the attributes, or null. */
    String attribute(String key) {
      for (String a : attributes.split("\\s+")) {
        if (a.startsWith(key + "=")) {
          return a.substring(key.length() + 1);
        }
      }
      return null;
    }
  }

  static DocBlocks read(Path page) throws IOException {
    List<String> lines = Files.readAllLines(page);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String open = lines.get(i);
      if (!open.startsWith("```")) {
        continue;
      }
      String info = open.substring(3).strip();
      StringBuilder content = new StringBuilder();
      int start = i + 1;
      for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
        content.append(lines.get(i)).append('\n');
      }
      if (i == lines.size()) {
        throw new IOException(page + ":" + start + ": code block not closed");
      }
      String[] parts = info.split("\\s+", 2);
      blocks.add(new Block(page, start, parts[0], parts.length > 1 ? parts[1] : "", content.toString()));
    }
    return new DocBlocks(page, List.copyOf(blocks));
  }

  /** The blocks whose info string is exactly {@code info} (e.g. {@code "yaml init"}). */
  List<Block> withInfo(String info) {
    return blocks.stream().filter(b -> (b.language() + (b.attributes().isEmpty() ? "" : " " + b.attributes()))
        .equals(info)).toList();
  }

  /** The blocks in {@code language}, whatever their attributes. */
  List<Block> inLanguage(String language) {
    return blocks.stream().filter(b -> b.language().equals(language)).toList();
  }
}
