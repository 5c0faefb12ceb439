package org.kos.romfs.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kos.io.FileErrors;
import org.kos.romfs.EntryType;
import org.kos.romfs.ImagePaths;
import org.kos.romfs.tree.ImageTree;
import org.kos.romfs.tree.TreeEntry;

/**
 * Reads a manifest: one entry per line, the idea of the Linux kernel's gen_init_cpio list.
 *
 * <pre>
 * # image path     type   mode  arguments
 * /einit           file   0755  build/einit        (source file, relative to the manifest)
 * /etc             dir    0755
 * /bin/sh          slink  0777  busybox            (symlink target)
 * /bin/ls          hlink  0755  /bin/busybox       (hard link to an earlier file)
 * /dev/console     nod    0600  c 5 1              (c|b, major, minor)
 * /run/fifo        pipe   0600
 * /run/socket      sock   0600
 * </pre>
 *
 * Fields are separated by blanks; '#' starts a comment line. Parent directories that are not listed
 * are created with mode 0755. Every error is reported with its {@link ManifestError id}, line and
 * column, all errors of the file at once (up to {@value #MAX_PROBLEMS}).
 */
public final class ManifestParser {
  private static final int MAX_PROBLEMS = 50;

  private final Exclusions exclusions;

  public ManifestParser(Exclusions exclusions) {
    this.exclusions = exclusions;
  }

  /** Parses the UTF-8 manifest at {@code file}; sources are resolved against its directory. */
  public ImageTree.Builder parse(Path file) throws IOException, ManifestException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw FileErrors.naming(file, e);
    }
    return parse(file.toString(), text, file.toAbsolutePath().getParent());
  }

  /**
   * Parses manifest text; {@code name} is used in messages, {@code base} resolves sources. Lines
   * end at "\n", "\r\n" or "\r".
   */
  public ImageTree.Builder parse(String name, String text, Path base) throws ManifestException {
    return parse(name, lines(text), base);
  }

  /** Parses manifest lines; {@code name} is used in messages, {@code base} resolves sources. */
  public ImageTree.Builder parse(String name, List<String> lines, Path base) throws ManifestException {
    Run run = new Run(base);
    for (int i = 0; i < lines.size() && run.problems.size() < MAX_PROBLEMS; i++) {
      run.line(i + 1, lines.get(i));
    }
    if (!run.problems.isEmpty()) {
      throw new ManifestException(name, run.problems);
    }
    return run.tree;
  }

  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** A blank-separated field with its 1-based column. */
  private record Token(String text, int column) {}

  private final class Run {
    final Path base;
    final ImageTree.Builder tree = ImageTree.builder(0755);
    final List<ManifestException.Problem> problems = new ArrayList<>();
    /** Link keys of the files declared so far, so that hlink lines can join them. */
    final Map<String, Object> fileKeys = new HashMap<>();
    /** The line each path was given on, to tell a duplicate from a directory created as a parent. */
    final Map<String, Integer> givenOn = new HashMap<>();
    int lineNo;

    Run(Path base) {
      this.base = base;
    }

    void line(int number, String text) {
      lineNo = number;
      List<Token> t = tokens(text);
      if (t.isEmpty() || t.get(0).text().startsWith("#")) {
        return;
      }
      if (t.size() < 3) {
        problem(ManifestError.MALFORMED_LINE, t.get(0).column(), text.strip().length(),
            "expected: <image path> <type> <mode> [arguments]");
        return;
      }
      String path = path(t.get(0));
      Integer mode = mode(t.get(2));
      if (path == null || mode == null) {
        return;
      }
      TreeEntry entry = entry(path, t, mode);
      if (entry == null || exclusions.excludes(path)) {
        return;
      }
      add(entry, t.get(0));
    }

    private String path(Token t) {
      try {
        return ImagePaths.normalize(t.text());
      } catch (IllegalArgumentException e) {
        problem(ManifestError.BAD_PATH, t, e.getMessage());
        return null;
      }
    }

    private void add(TreeEntry entry, Token at) {
      String path = entry.path();
      Integer first = givenOn.get(path);
      if (first != null) {
        problem(ManifestError.DUPLICATE_PATH, at, "'" + path + "' is given twice (first on line " + first + ")");
        return;
      }
      if (path.isEmpty() && entry.type() != EntryType.DIRECTORY) {
        problem(ManifestError.NOT_A_DIRECTORY, at, "the image root '/' is a directory, not a " + entry.type().label());
        return;
      }
      TreeEntry implicit = tree.get(path).orElse(null);
      if (implicit != null && entry.type() != EntryType.DIRECTORY) {
        problem(ManifestError.NOT_A_DIRECTORY, at, "'" + path + "' has entries below it on earlier lines, so it must be "
            + "a directory, not a " + entry.type().label());
        return;
      }
      try {
        tree.add(entry);
        givenOn.put(path, lineNo);
      } catch (IllegalArgumentException e) {
        problem(ManifestError.NOT_A_DIRECTORY, at, e.getMessage());
      }
    }

    private TreeEntry entry(String path, List<Token> t, int mode) {
      String type = t.get(1).text();
      switch (type) {
        case "file":
          return arity(t, 1) ? file(path, t.get(3), mode) : null;
        case "dir":
          return arity(t, 0) ? TreeEntry.directory(path, mode) : null;
        case "slink":
          return arity(t, 1) ? TreeEntry.symlink(path, mode, t.get(3).text(), null) : null;
        case "hlink":
          return arity(t, 1) ? hardLink(path, t.get(3), mode) : null;
        case "nod":
          return arity(t, 3) ? device(path, t, mode) : null;
        case "pipe":
          return arity(t, 0) ? TreeEntry.special(path, EntryType.FIFO, mode, null) : null;
        case "sock":
          return arity(t, 0) ? TreeEntry.special(path, EntryType.SOCKET, mode, null) : null;
        default:
          problem(ManifestError.UNKNOWN_TYPE, t.get(1),
              "unknown entry type '" + type + "' (expected file, dir, slink, hlink, nod, pipe or sock)");
          return null;
      }
    }

    private boolean arity(List<Token> t, int args) {
      if (t.size() == 3 + args) {
        return true;
      }
      Token at = t.size() > 3 + args ? t.get(3 + args) : t.get(t.size() - 1);
      problem(ManifestError.WRONG_ARGUMENTS, at, "'" + t.get(1).text() + "' takes " + args + " argument"
          + (args == 1 ? "" : "s") + " after the mode, found " + (t.size() - 3));
      return false;
    }

    private TreeEntry file(String path, Token source, int mode) {
      Path src = base.resolve(source.text());
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(src, BasicFileAttributes.class);
      } catch (IOException e) {
        problem(ManifestError.UNREADABLE_SOURCE, source, "source '" + source.text() + "' does not exist or cannot be read");
        return null;
      }
      if (!a.isRegularFile() || !Files.isReadable(src)) {
        problem(ManifestError.UNREADABLE_SOURCE, source, "source '" + source.text() + "' is not a readable regular file");
        return null;
      }
      Object key = "manifest:" + path;
      fileKeys.put(path, key);
      return TreeEntry.file(path, mode, src, a.size(), key);
    }

    private TreeEntry hardLink(String path, Token target, int mode) {
      String to = path(target);
      if (to == null) {
        return null;
      }
      Object key = fileKeys.get(to);
      TreeEntry original = tree.get(to).orElse(null);
      if (key == null || original == null) {
        problem(ManifestError.UNKNOWN_LINK_TARGET, target, "hard link target '" + target.text() + "' is not a file listed above");
        return null;
      }
      if (original.mode() != mode) {
        problem(ManifestError.LINK_MODE_MISMATCH, target, "a hard link shares its target's mode 0"
            + Integer.toOctalString(original.mode()) + ", but 0" + Integer.toOctalString(mode) + " is given");
        return null;
      }
      return TreeEntry.file(path, mode, original.source(), original.size(), key);
    }

    private TreeEntry device(String path, List<Token> t, int mode) {
      EntryType type;
      switch (t.get(3).text()) {
        case "c": type = EntryType.CHAR_DEVICE; break;
        case "b": type = EntryType.BLOCK_DEVICE; break;
        default:
          problem(ManifestError.BAD_DEVICE_TYPE, t.get(3), "device type must be 'c' or 'b', found '" + t.get(3).text() + "'");
          return null;
      }
      Integer major = number(t.get(4), 0xffff);
      Integer minor = number(t.get(5), 0xffff);
      return major == null || minor == null ? null : TreeEntry.device(path, type, mode, major, minor, null);
    }

    private Integer number(Token t, int max) {
      if (isDigits(t.text(), 1, 5)) {
        int v = Integer.parseInt(t.text());
        if (v <= max) {
          return v;
        }
      }
      problem(ManifestError.BAD_DEVICE_NUMBER, t, "expected a number from 0 to " + max + ", found '" + t.text() + "'");
      return null;
    }

    private Integer mode(Token t) {
      String s = t.text();
      boolean octal = s.length() >= 1 && s.length() <= 4;
      for (int i = 0; octal && i < s.length(); i++) {
        octal = s.charAt(i) >= '0' && s.charAt(i) <= '7';
      }
      if (octal) {
        return Integer.parseInt(s, 8);
      }
      problem(ManifestError.BAD_MODE, t, "mode must be octal, 0000 to 7777, found '" + s + "'");
      return null;
    }

    private void problem(ManifestError error, Token at, String message) {
      problem(error, at.column(), at.text().length(), message);
    }

    private void problem(ManifestError error, int column, int length, String message) {
      problems.add(new ManifestException.Problem(error, lineNo, column, length, message));
    }
  }

  private static boolean isDigits(String s, int min, int max) {
    if (s.length() < min || s.length() > max) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static List<Token> tokens(String line) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(new Token(line.substring(start, i), start + 1));
      }
    }
    return out;
  }
}
