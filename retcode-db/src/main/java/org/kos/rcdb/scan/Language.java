package org.kos.rcdb.scan;

import java.nio.file.Path;
import java.util.Locale;

/** The source languages the scanner reads, recognised by file extension. */
enum Language {
  C,
  JAVA;

  /** The language of a file, or null when the scanner does not read files of its kind. */
  static Language of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return switch (ext) {
      case "h", "hh", "hpp", "hxx", "h++", "c", "cc", "cpp", "cxx", "c++", "inc", "ipp", "tcc" -> C;
      case "java" -> JAVA;
      default -> null;
    };
  }
}
