package org.kos.psl.ir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Rewrites the file names of an IR tree ({@code policy}, {@code files}, every {@code at.file}) relative to a directory. */
final class FileNames {
  private FileNames() {}

  static void relativize(ObjectNode root, Path base) {
    Path dir = base.toAbsolutePath().normalize();
    walk(root, dir);
    if (root.get("files") instanceof ArrayNode files) {
      for (int i = 0; i < files.size(); i++) {
        files.set(i, TextNode.valueOf(relative(files.get(i).asText(), dir)));
      }
    }
  }

  private static void walk(JsonNode n, Path dir) {
    if (n instanceof ObjectNode o) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> it = o.fields();
      it.forEachRemaining(fields::add);
      for (Map.Entry<String, JsonNode> f : fields) {
        if ((f.getKey().equals("file") || f.getKey().equals("policy")) && f.getValue().isTextual()) {
          o.put(f.getKey(), relative(f.getValue().asText(), dir));
        } else {
          walk(f.getValue(), dir);
        }
      }
    } else if (n instanceof ArrayNode a) {
      a.forEach(x -> walk(x, dir));
    }
  }

  private static String relative(String name, Path dir) {
    if (name.startsWith("<")) {
      return name; // <sdk>/nk/base.psl
    }
    try {
      Path p = Path.of(name).toAbsolutePath().normalize();
      return p.startsWith(dir) ? dir.relativize(p).toString().replace('\\', '/') : name;
    } catch (InvalidPathException e) {
      return name;
    }
  }
}
