package org.kos.romfs.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * are created with mode 0755. Every error is reported with its line and column.
 */
public final class ManifestParser {
  private static final int MAX_PROBLEMS = 50;

  private final Exclusions exclusions;

  public ManifestParser(Exclusions exclusions) {
    this.exclusions = exclusions;
  }

  /** Parses the manifest at {@code file}; sources are resolved against its directory. */
  public ImageTree.Builder parse(Path file) throws IOException, ManifestException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Path base = file.toAbsolutePath().getParent();
    return parse(file.toString(), lines, base);
  }

  /** Parses manifest lines; {@code name} is used in messages, {@code base} resolves sources. */
  public ImageTree.Builder parse(String name, List<String> lines, Path base) throws ManifestException {
    Run run = new Run(lines, base);
    for (int i = 0; i < lines.size() && run.problems.size() < MAX_PROBLEMS; i++) {
      run.line(i);
    }
    if (!run.problems.isEmpty()) {
      throw new ManifestException(name, run.problems);
    }
    return run.tree;
  }

  /** A blank-separated field with its 1-based column. */
  private record Token(String text, int column) {}

  private final class Run {
    final List<String> lines;
    final Path base;
    final ImageTree.Builder tree = ImageTree.builder(0755);
    final List<ManifestException.Problem> problems = new ArrayList<>();
    /** Link keys of the files declared so far, so that hlink lines can join them. */
    final Map<String, Object> fileKeys = new HashMap<>();
    int lineNo;

    Run(List<String> lines, Path base) {
      this.lines = lines;
      this.base = base;
    }

    void line(int index) {
      lineNo = index + 1;
      List<Token> t = tokens(lines.get(index));
      if (t.isEmpty() || t.get(0).text().startsWith("#")) {
        return;
      }
      if (t.size() < 3) {
        problem(t.get(t.size() - 1).column(), "expected: <image path> <type> <mode> [arguments]");
        return;
      }
      String path;
      try {
        path = ImagePaths.normalize(t.get(0).text());
      } catch (IllegalArgumentException e) {
        problem(t.get(0).column(), e.getMessage());
        return;
      }
      Integer mode = mode(t.get(2));
      if (mode == null) {
        return;
      }
      TreeEntry entry = entry(path, t, mode);
      if (entry == null || exclusions.excludes(path)) {
        return;
      }
      try {
        tree.add(entry);
      } catch (IllegalArgumentException e) {
        problem(t.get(0).column(), e.getMessage());
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
          problem(t.get(1).column(),
              "unknown entry type '" + type + "' (expected file, dir, slink, hlink, nod, pipe or sock)");
          return null;
      }
    }

    private boolean arity(List<Token> t, int args) {
      if (t.size() == 3 + args) {
        return true;
      }
      int column = t.size() > 3 + args ? t.get(3 + args).column() : t.get(t.size() - 1).column();
      problem(column, "'" + t.get(1).text() + "' takes " + args + " argument" + (args == 1 ? "" : "s")
          + " after the mode, found " + (t.size() - 3));
      return false;
    }

    private TreeEntry file(String path, Token source, int mode) {
      Path src = base.resolve(source.text());
      if (!Files.isRegularFile(src)) {
        problem(source.column(), "source '" + source.text() + "' is not a readable regular file");
        return null;
      }
      try {
        Object key = "manifest:" + path;
        fileKeys.put(path, key);
        return TreeEntry.file(path, mode, src, Files.size(src), key);
      } catch (IOException e) {
        problem(source.column(), "cannot read source '" + source.text() + "': " + e.getMessage());
        return null;
      }
    }

    private TreeEntry hardLink(String path, Token target, int mode) {
      String to;
      try {
        to = ImagePaths.normalize(target.text());
      } catch (IllegalArgumentException e) {
        problem(target.column(), e.getMessage());
        return null;
      }
      Object key = fileKeys.get(to);
      TreeEntry original = tree.get(to).orElse(null);
      if (key == null || original == null) {
        problem(target.column(), "hard link target '" + target.text() + "' is not a file listed above");
        return null;
      }
      if (original.mode() != mode) {
        problem(target.column(), "a hard link shares its target's mode 0" + Integer.toOctalString(original.mode())
            + ", but 0" + Integer.toOctalString(mode) + " is given");
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
          problem(t.get(3).column(), "device type must be 'c' or 'b'");
          return null;
      }
      Integer major = number(t.get(4), 0xffff);
      Integer minor = number(t.get(5), 0xffff);
      return major == null || minor == null ? null : TreeEntry.device(path, type, mode, major, minor, null);
    }

    private Integer number(Token t, int max) {
      try {
        int v = Integer.parseInt(t.text());
        if (v >= 0 && v <= max) {
          return v;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problem(t.column(), "expected a number from 0 to " + max + ", found '" + t.text() + "'");
      return null;
    }

    private Integer mode(Token t) {
      if (t.text().matches("[0-7]{1,4}")) {
        return Integer.parseInt(t.text(), 8);
      }
      problem(t.column(), "mode must be octal, 0000 to 7777, found '" + t.text() + "'");
      return null;
    }

    private void problem(int column, String message) {
      problems.add(new ManifestException.Problem(lineNo, column, message, lines.get(lineNo - 1)));
    }
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
