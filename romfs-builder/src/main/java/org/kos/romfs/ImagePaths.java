package org.kos.romfs;

import java.nio.charset.StandardCharsets;

/**
 * The rules for paths inside an image: relative, '/'-separated, no empty, "." or ".." components,
 * no NUL. Builders normalise user input with {@link #normalize}; readers reject with {@link #problem}.
 */
public final class ImagePaths {
  /** Longest path accepted, in bytes (Linux PATH_MAX). */
  public static final int MAX_PATH_BYTES = 4096;
  /** Longest single name accepted, in bytes (Linux NAME_MAX). */
  public static final int MAX_NAME_BYTES = 255;

  private ImagePaths() {}

  /**
   * Strips leading "/" and "./" (so "/bin/sh" and "./bin/sh" both mean "bin/sh"), and returns the
   * result, or throws if what remains is not a valid image path. The root is "".
   */
  public static String normalize(String raw) {
    String p = raw;
    while (p.startsWith("/") || p.startsWith("./")) {
      p = p.startsWith("/") ? p.substring(1) : p.substring(2);
    }
    if (p.equals(".")) {
      p = "";
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    String bad = problem(p);
    if (bad != null) {
      throw new IllegalArgumentException(bad);
    }
    return p;
  }

  /** Why {@code path} is not a valid image path, or null if it is. The root "" is valid. */
  public static String problem(String path) {
    if (path.isEmpty()) {
      return null;
    }
    if (path.indexOf('\0') >= 0) {
      return "path contains a NUL byte";
    }
    if (utf8LongerThan(path, MAX_PATH_BYTES)) {
      return "path is longer than " + MAX_PATH_BYTES + " bytes";
    }
    if (path.startsWith("/")) {
      return "path '" + path + "' is absolute";
    }
    for (String part : path.split("/", -1)) {
      String bad = nameProblem(part);
      if (bad != null) {
        return "path '" + path + "': " + bad;
      }
    }
    return null;
  }

  /**
   * Why the path {@code child(dir, name)} is not valid, or null: the same answer as {@link #problem}
   * on the joined path, for a {@code dir} already known to be valid and a non-empty {@code name},
   * without re-checking {@code dir} (the directory scanner asks this once per file).
   */
  public static String childProblem(String dir, String name) {
    if (name.indexOf('/') >= 0 || name.indexOf('\0') >= 0) {
      return problem(child(dir, name));
    }
    String path = child(dir, name);
    if (utf8LongerThan(path, MAX_PATH_BYTES)) {
      return "path is longer than " + MAX_PATH_BYTES + " bytes";
    }
    String bad = nameProblem(name);
    return bad == null ? null : "path '" + path + "': " + bad;
  }

  /** Whether {@code s} takes more than {@code limit} bytes in UTF-8; encodes only when it might. */
  private static boolean utf8LongerThan(String s, int limit) {
    // A char takes at most 3 bytes (a surrogate pair, two chars, takes 4).
    return s.length() * 3 > limit && s.getBytes(StandardCharsets.UTF_8).length > limit;
  }

  /** Why {@code name} is not a valid single path component, or null if it is. */
  public static String nameProblem(String name) {
    if (name.isEmpty()) {
      return "empty name";
    }
    if (name.equals(".") || name.equals("..")) {
      return "name '" + name + "' is not allowed";
    }
    if (name.indexOf('/') >= 0) {
      return "name '" + name + "' contains '/'";
    }
    if (name.indexOf('\0') >= 0) {
      return "name contains a NUL byte";
    }
    if (utf8LongerThan(name, MAX_NAME_BYTES)) {
      return "name is longer than " + MAX_NAME_BYTES + " bytes";
    }
    return null;
  }

  /** A C0 or C1 control character, or DEL: what a terminal may act on instead of showing. */
  public static boolean isControl(char c) {
    return c < 0x20 || c >= 0x7f && c <= 0x9f;
  }

  /**
   * {@code s} safe to print on a terminal: control characters (ESC, CR, LF, ...) become
   * {@code \xNN}, so a name can neither move the cursor nor fake a line of output. Other text,
   * including a backslash, is left as it is; a name without control characters is returned
   * unchanged.
   */
  public static String printable(String s) {
    int i = 0;
    while (i < s.length() && !isControl(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isControl(c)) {
        b.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The last component of a path ("" for the root). */
  public static String baseName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The parent of a path ("" for top-level entries and for the root). */
  public static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** Joins a directory path and a name. */
  public static String child(String dir, String name) {
    return dir.isEmpty() ? name : dir + "/" + name;
  }

  /**
   * Compares two strings by their UTF-8 bytes, unsigned: the order independent of locale and file
   * system. UTF-8 byte order is code point order, so outside surrogates the first differing char
   * decides without encoding anything (sorting is on the hot path of every build).
   */
  public static int compareBytes(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return Character.isSurrogate(x) || Character.isSurrogate(y) ? compareEncoded(a, b) : x - y;
      }
    }
    if (n > 0 && Character.isSurrogate(a.charAt(n - 1))) {
      return compareEncoded(a, b);
    }
    return a.length() - b.length();
  }

  private static int compareEncoded(String a, String b) {
    return java.util.Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
