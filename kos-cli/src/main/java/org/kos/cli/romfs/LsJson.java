package org.kos.cli.romfs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kos.romfs.read.ImageEntry;
import org.kos.romfs.read.RomImage;

/**
 * {@code kos romfs ls --json}, written by Jackson. A class of its own so that Jackson is loaded only
 * when JSON is asked for. Keys keep a fixed order; optional keys appear only where they apply.
 */
final class LsJson {
  private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private LsJson() {}

  /** {@code {"format", "compression", "label", "entries": [{"path", "type", "mode", ...}]}} and a newline. */
  static String of(RomImage img) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", img.format().label());
    root.put("compression", img.compression().label());
    root.put("label", img.label());
    List<Map<String, Object>> entries = new ArrayList<>();
    for (ImageEntry e : img.entries()) {
      entries.add(entry(e));
    }
    root.put("entries", entries);
    try {
      return WRITER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain maps and lists always serialise", e);
    }
  }

  private static Map<String, Object> entry(ImageEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", e.path());
    m.put("type", e.type().label());
    m.put("mode", LsCommand.octalMode(e.mode()));
    m.put("size", e.size());
    m.put("headerOffset", e.headerOffset());
    m.put("dataOffset", e.dataOffset());
    if (e.symlinkTarget() != null) {
      m.put("symlinkTarget", e.symlinkTarget());
    }
    if (e.linkTarget() != null) {
      m.put("linkTarget", e.linkTarget());
    }
    if (e.type().isDevice()) {
      m.put("major", e.major());
      m.put("minor", e.minor());
    }
    return m;
  }
}
