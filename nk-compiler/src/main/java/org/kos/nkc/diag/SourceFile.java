package org.kos.nkc.diag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.kos.io.FileErrors;

/**
 * The text of one input file and the index of its line starts, so that spans (char offsets) map to
 * 1-based line and column numbers without rescanning. Columns count UTF-16 chars, a tab counts one.
 */
public final class SourceFile {
  private final String name;
  private final String text;
  private final int[] lineStarts;

  /** @param name how the file is shown in diagnostics (usually the path as the user gave it) */
  public SourceFile(String name, String text) {
    this.name = name;
    this.text = text;
    this.lineStarts = indexLines(text);
  }

  /** Reads a UTF-8 file; malformed bytes are replaced rather than failing, as comments may hold anything. */
  public static SourceFile read(Path path) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw FileErrors.naming(path, e);
    }
    return decode(path.toString(), bytes);
  }

  /** Decodes UTF-8 bytes (e.g. a bundled resource) the same way {@link #read} does. */
  public static SourceFile decode(String name, byte[] bytes) {
    // String's own UTF-8 decoding replaces malformed bytes, as the comment above says, and is much
    // faster than a CharsetDecoder (no intermediate char buffer).
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = " " + text.substring(1); // keep offsets stable, drop the BOM from the token stream
    }
    return new SourceFile(name, text);
  }

  private static int[] indexLines(String text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean eol = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
      if (eol) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  public String name() {
    return name;
  }

  public String text() {
    return text;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** 1-based line of a char offset (offsets past the end map to the last line). */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, Math.min(Math.max(offset, 0), text.length()));
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** 1-based column of a char offset. */
  public int column(int offset) {
    int clamped = Math.min(Math.max(offset, 0), text.length());
    return clamped - lineStarts[line(clamped) - 1] + 1;
  }

  /** Char offset of a 1-based line and column; useful for tools that only know positions. */
  public int offset(int line, int column) {
    int l = Math.min(Math.max(line, 1), lineStarts.length);
    return Math.min(lineStarts[l - 1] + Math.max(column, 1) - 1, text.length());
  }

  /** The text of a 1-based line without its line terminator. */
  public String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * Where a diagnostic at {@code offset} should point: {@code offset} itself, unless only blank
   * characters follow it up to the end of the file and some content precedes it; then just after
   * the last non-blank character. A problem found at the end of the file (an unclosed bracket, a
   * missing token) is then shown on the line the content ends on, not on an empty line below it.
   */
  public int beforeBlankTail(int offset) {
    int at = Math.min(Math.max(offset, 0), text.length());
    if (!text.substring(at).isBlank()) {
      return at;
    }
    int end = at;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end == 0 ? at : end;
  }

  /** A span over {@code [start, end)} of this file. */
  public SourceSpan span(int start, int end) {
    return new SourceSpan(this, start, end);
  }

  @Override
  public String toString() {
    return name;
  }
}
